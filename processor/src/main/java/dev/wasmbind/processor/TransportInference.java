package dev.wasmbind.processor;

import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.FunctionType;
import dev.wasmbind.processor.kinds.ExportParameterKind;
import dev.wasmbind.processor.kinds.ResultConvention;
import dev.wasmbind.processor.kinds.ResultConventions;
import dev.wasmbind.processor.kinds.ParamDecl;
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
        BindingDecl decl = validated.decl();
        List<DeclaredMethod<ExportMethodDecl>> methods = new ArrayList<>();
        for (DeclaredMethod<ExportMethodDecl> method : decl.methods()) {
            FunctionType actual = exportTypes.get(method.decl().functionName());
            methods.add(actual == null ? method
                    : new DeclaredMethod<>(method.element(), fit(method, actual, resource)));
        }
        BindingDecl inferred = new BindingDecl(decl.iface(), decl.resource(), methods, decl.memberTypeNames(),
                decl.hostModules(), decl.rawImports(), decl.visible(),
                decl.allocator().or(() -> recognisedAllocator(exportTypes)));
        return new BindingValidator.Validated(validated.type(), validated.annotation(), validated.moduleName(),
                validated.hostImports(), validated.rawImports(), validated.allocatorAnnotation(), inferred);
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
        List<Candidate> fits = candidates(declared).stream()
                .filter(candidate -> Lowering.export(candidate.decl()).wasmSignature().matches(actual))
                .toList();
        if (fits.size() > 1) {
            reporter.report(method.element(), Messages.ambiguousLowering(declared.javaSignature(),
                    declared.functionName(), resource, WasmSignature.describe(actual),
                    fits.stream().map(fit -> String.join(", ", fit.choices())).toList()));
        }
        // with several, any fit keeps the link check from repeating the error
        return fits.isEmpty() ? declared : fits.get(0).decl();
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

    /**
     * One way to pass a method's values, and how a message names it: the form of each value the declaration left
     * open, in order.
     */
    private record Candidate(ExportMethodDecl decl, List<String> choices) {}

    /** The parameters chosen so far, and their choices as {@link Candidate#choices()} names them. */
    private record Chosen(List<ParamDecl<ExportParameterKind>> params, List<String> choices) {
        Chosen and(ParamDecl<ExportParameterKind> param, Optional<String> choice) {
            List<ParamDecl<ExportParameterKind>> longerParams = new ArrayList<>(params);
            longerParams.add(param);
            List<String> longerChoices = new ArrayList<>(choices);
            choice.ifPresent(longerChoices::add);
            return new Chosen(longerParams, longerChoices);
        }
    }

    /** Every way to pass the method's values that its declaration leaves open. */
    private static List<Candidate> candidates(ExportMethodDecl method) {
        List<Chosen> chosen = List.of(new Chosen(List.of(), List.of()));
        for (ParamDecl<ExportParameterKind> param : method.params()) {
            List<ParamDecl<ExportParameterKind>> options = options(param);
            List<Chosen> longer = new ArrayList<>();
            for (Chosen start : chosen) {
                for (ParamDecl<ExportParameterKind> option : options) {
                    longer.add(start.and(option, options.size() > 1 ? Optional.of(describe(option)) : Optional.empty()));
                }
            }
            chosen = longer;
        }
        List<ResultConvention> results = ResultConventions.possible(method.result());
        List<Candidate> candidates = new ArrayList<>();
        for (Chosen params : chosen) {
            for (ResultConvention result : results) {
                List<String> choices = new ArrayList<>(params.choices());
                if (results.size() > 1) {
                    choices.add(result.description());
                }
                candidates.add(new Candidate(
                        new ExportMethodDecl(method.name(), method.functionName(), params.params(), result,
                                method.varargs()),
                        choices));
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

    /** How a message names one form of a parameter that the declaration left open. */
    private static String describe(ParamDecl<ExportParameterKind> option) {
        int slots = option.value().slots(option.name()).size();
        return "`" + option.name() + "` as " + (slots == 2 ? "(ptr, len)" : "(ptr, len, cap)");
    }
}
