package dev.wasmbind.processor;

import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.FunctionType;
import dev.wasmbind.processor.InterfaceMethods.DeclaredMethod;
import dev.wasmbind.processor.kinds.ExportParameterKind;
import dev.wasmbind.processor.kinds.ResultConvention;
import dev.wasmbind.processor.kinds.ResultConventions;
import dev.wasmbind.processor.model.BindingDecl;
import dev.wasmbind.processor.model.ExportMethodDecl;
import dev.wasmbind.processor.model.MethodDecl.ParamDecl;
import dev.wasmbind.runtime.InvalidModuleException;
import dev.wasmbind.runtime.internal.AllocatorNames;
import dev.wasmbind.runtime.internal.WasmSignature;
import dev.wasmbind.runtime.internal.link.AllocatorRecognition;
import dev.wasmbind.runtime.internal.link.LinkCheck;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The module decides the transport, the declaration the meaning: where the module is visible, each export method's
 * strings, arrays and region results take the lowering that matches the export's real type: an array as
 * {@code (ptr, len, cap)} or {@code (ptr, len)}, a String or array result through the return area, packed as
 * {@code ptr << 32 | len} (String and byte[]) or as multi-value results {@code (ptr, len)}. What the declaration
 * states ({@code @PtrLen}, {@code @PackedResult}) is kept. Where no lowering fits, the declared one stays and the link check reports the mismatch; where several fit, the method
 * gets an error listing them.
 */
final class TransportInference {
    /** Beyond this many combinations a method is left as declared: no real export has that many regions. */
    private static final int MAX_COMBINATIONS = 1 << 10;

    private final Reporter reporter;

    TransportInference(Reporter reporter) {
        this.reporter = reporter;
    }

    /** The binding with each method lowered as the module's export types say, and the allocator they follow. */
    BindingValidator.Validated infer(BindingValidator.Validated validated, WasmModule module) {
        String resource = validated.decl().resource();
        Map<String, FunctionType> exportTypes;
        try {
            exportTypes = LinkCheck.functionExportTypes(module, resource);
        } catch (InvalidModuleException e) {
            return validated; // the link check reports the damaged module
        }
        List<DeclaredMethod<ExportMethodDecl>> methods = new ArrayList<>();
        for (DeclaredMethod<ExportMethodDecl> method : validated.methods()) {
            FunctionType actual = exportTypes.get(method.decl().functionName());
            methods.add(actual == null ? method
                    : new DeclaredMethod<>(method.element(), fit(method, actual, resource)));
        }
        BindingDecl decl = validated.decl();
        BindingDecl inferred = new BindingDecl(decl.iface(), decl.resource(),
                methods.stream().map(DeclaredMethod::decl).toList(), decl.memberTypeNames(), decl.hostModules(),
                decl.rawImports(), decl.visible(), decl.allocator().or(() -> recognisedAllocator(exportTypes)));
        return new BindingValidator.Validated(validated.type(), validated.annotation(), validated.moduleName(),
                methods, validated.hostImports(), validated.rawImports(), validated.allocatorAnnotation(), inferred);
    }

    /**
     * The allocator the module's exports follow, by name, for the generated binding to state; empty where none or
     * several fit, which the link check reports where a method needs one.
     */
    private static Optional<AllocatorNames> recognisedAllocator(Map<String, FunctionType> exportTypes) {
        return AllocatorNames.of(AllocatorRecognition.recognise(exportTypes).convention());
    }

    /** The one lowering of the method that fits; the declared one when none or several do. */
    private ExportMethodDecl fit(
            DeclaredMethod<ExportMethodDecl> method, FunctionType actual, String resource) {
        ExportMethodDecl declared = method.decl();
        if (combinations(declared) > MAX_COMBINATIONS) {
            return declared;
        }
        List<ExportMethodDecl> fits = candidates(declared).stream()
                .filter(candidate -> Lowering.lower(candidate).export().wasmSignature().matches(actual))
                .toList();
        if (fits.size() > 1) {
            reporter.report(method.element(), Messages.ambiguousLowering(declared.javaSignature(),
                    declared.functionName(), resource, WasmSignature.describe(actual),
                    fits.stream().map(fit -> describe(declared, fit)).toList()));
        }
        // with several, any fit keeps the link check from repeating the error
        return fits.isEmpty() ? declared : fits.get(0);
    }

    /** How many ways there are to pass the method's values, as {@link #candidates} lists them. */
    private static long combinations(ExportMethodDecl method) {
        long count = ResultConventions.possible(method.result()).size();
        for (ParamDecl<ExportParameterKind> param : method.params()) {
            count *= options(param).size();
            if (count > MAX_COMBINATIONS) {
                break;
            }
        }
        return count;
    }

    /** Every way to pass the method's values that its declaration leaves open. */
    private static List<ExportMethodDecl> candidates(
            ExportMethodDecl method) {
        List<List<ParamDecl<ExportParameterKind>>> paramLists = List.of(List.of());
        for (ParamDecl<ExportParameterKind> param : method.params()) {
            List<List<ParamDecl<ExportParameterKind>>> longer = new ArrayList<>();
            for (List<ParamDecl<ExportParameterKind>> start : paramLists) {
                for (ParamDecl<ExportParameterKind> option : options(param)) {
                    List<ParamDecl<ExportParameterKind>> list = new ArrayList<>(start);
                    list.add(option);
                    longer.add(list);
                }
            }
            paramLists = longer;
        }
        List<ExportMethodDecl> candidates = new ArrayList<>();
        for (List<ParamDecl<ExportParameterKind>> params : paramLists) {
            for (ResultConvention result : ResultConventions.possible(method.result())) {
                candidates.add(
                        new ExportMethodDecl(method.name(), method.functionName(), params, result, method.varargs()));
            }
        }
        return candidates;
    }

    /** The parameter as declared, and as {@code (ptr, len)} when it is a slice that was not declared so. */
    private static List<ParamDecl<ExportParameterKind>> options(ParamDecl<ExportParameterKind> param) {
        ExportParameterKind kind = param.value();
        return kind.asPtrLen()
                .filter(ptrLen -> !ptrLen.equals(kind))
                .filter(ExportParameterKind.class::isInstance)
                .map(ExportParameterKind.class::cast)
                .map(ptrLen -> List.of(param, new ParamDecl<>(param.name(), ptrLen)))
                .orElse(List.of(param));
    }

    /** How a message names one fit: the form of each value the declaration left open. */
    private static String describe(ExportMethodDecl declared,
            ExportMethodDecl fit) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < declared.params().size(); i++) {
            ParamDecl<ExportParameterKind> param = declared.params().get(i);
            if (options(param).size() > 1) {
                int slots = fit.params().get(i).value().slots(param.name()).size();
                parts.add("`" + param.name() + "` as " + (slots == 2 ? "(ptr, len)" : "(ptr, len, cap)"));
            }
        }
        if (ResultConventions.possible(declared.result()).size() > 1) {
            parts.add(fit.result().description());
        }
        return String.join(", ", parts);
    }
}
