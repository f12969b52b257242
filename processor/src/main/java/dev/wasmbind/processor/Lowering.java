package dev.wasmbind.processor;

import com.dylibso.chicory.wasm.types.ValType;
import com.squareup.javapoet.ClassName;
import dev.wasmbind.processor.kinds.ParameterKind;
import dev.wasmbind.processor.kinds.HostResultKind;
import dev.wasmbind.processor.kinds.RegionKind;
import dev.wasmbind.processor.kinds.ScalarKind;
import dev.wasmbind.processor.model.BindingDecl;
import dev.wasmbind.processor.model.BindingModel;
import dev.wasmbind.processor.model.HostModuleDecl;
import dev.wasmbind.processor.model.HostModuleModel;
import dev.wasmbind.processor.model.JavaValue;
import dev.wasmbind.processor.model.MemoryValue;
import dev.wasmbind.processor.model.MethodDecl;
import dev.wasmbind.processor.model.MethodDecl.ParamDecl;
import dev.wasmbind.processor.model.MethodModel;
import dev.wasmbind.processor.model.ResultShape;
import dev.wasmbind.processor.model.Struct;
import dev.wasmbind.runtime.internal.Allocator;
import dev.wasmbind.runtime.Engine;
import dev.wasmbind.runtime.internal.ExportSpec;
import dev.wasmbind.runtime.internal.ImportSpec;
import dev.wasmbind.runtime.internal.WasmSignature;
import dev.wasmbind.runtime.internal.WasmSignature.Param;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Lowers a validated interface to the TinyGo ABI (the wasm32 C ABI): each method's wasm signature, how its result
 * comes back, what it needs from the guest's allocator, and the binding's return area size; and a host interface's
 * methods to the types of the functions the guest imports.
 */
final class Lowering {
    /** The runtime allocates the return area with the guest's allocator; 8 keeps any result in it aligned. */
    private static final int RETURN_AREA_ALIGN = 8;

    private Lowering() {}

    static BindingModel lower(BindingDecl decl, Engine defaultEngine) {
        List<MethodModel> methods = decl.methods().stream().map(Lowering::lower).toList();
        List<BindingModel.HostUse> hostModules = decl.hostModules().stream()
                .map(use -> new BindingModel.HostUse(lower(use.module()), use.setter()))
                .toList();
        int returnArea = methods.stream()
                .map(MethodModel::result)
                .filter(ResultShape.InReturnArea.class::isInstance)
                .mapToInt(shape -> ((ResultShape.InReturnArea) shape).size())
                .max()
                .orElse(0);
        return new BindingModel(
                decl.iface(),
                generatedName(decl.iface()),
                decl.resource(),
                defaultEngine,
                methods,
                Struct.alignUp(returnArea, RETURN_AREA_ALIGN),
                decl.memberTypeNames(),
                hostModules,
                decl.rawImports(),
                decl.visible(),
                decl.allocator());
    }

    /** {@code p.Foo} gives {@code p.FooWasm}; nested {@code p.Outer.Foo} gives {@code p.Outer_FooWasm}. */
    static ClassName generatedName(ClassName iface) {
        return besides(iface, "Wasm");
    }

    static MethodModel lower(MethodDecl method) {
        ResultShape shape = shape(method);
        List<Param> params = new ArrayList<>();
        List<ValType> results = new ArrayList<>();
        Allocator allocator = Allocator.NONE;
        if (shape instanceof ResultShape.InReturnArea) {
            params.add(new Param(ValType.I32, WasmSignature.RETURN_POINTER));
            allocator = Allocator.ALLOCATE;
        } else if (shape instanceof ResultShape.Direct direct) {
            results.add(direct.scalar().wasmType());
        } else if (shape instanceof ResultShape.Packed) {
            results.add(ValType.I64);
        } else if (shape instanceof ResultShape.MultiValue multiValue) {
            results.addAll(Collections.nCopies(multiValue.count(), ValType.I32));
        }
        params.addAll(params(method));
        if (method.copiesArgumentsIn()) {
            allocator = allocator.and(Allocator.ALLOCATE);
        }
        if (method.hostFrees()) {
            allocator = allocator.and(Allocator.FREE_RESULT);
        }
        ExportSpec export = new ExportSpec(
                method.functionName(), method.javaSignature(), new WasmSignature(params, results), allocator);
        return new MethodModel(method, shape, export);
    }

    /**
     * The host functions of a host interface: each method lowers to the import's type by the same rules as an
     * export's parameters, and its result (a scalar or nothing) comes back directly.
     */
    static HostModuleModel lower(HostModuleDecl decl) {
        List<HostModuleModel.Function> functions = new ArrayList<>();
        for (MethodDecl method : decl.methods()) {
            Optional<HostResultKind> result = method.result().map(HostResultKind.class::cast);
            List<ValType> results = result.map(kind -> List.of(kind.wasmType())).orElse(List.of());
            ImportSpec spec = new ImportSpec(method.functionName(), method.javaSignature(),
                    new WasmSignature(params(method), results),
                    result.flatMap(HostResultKind::guestAllocator).orElse(null),
                    result.map(HostResultKind::allocatesInGuest).orElse(false));
            functions.add(new HostModuleModel.Function(method, spec));
        }
        return new HostModuleModel(
                decl.iface(), hostFunctionsName(decl.iface()), decl.moduleName(), functions, decl.visible());
    }

    /** {@code p.Env} gives {@code p.EnvHostFunctions}; {@code p.Outer.Env} gives {@code p.Outer_EnvHostFunctions}. */
    static ClassName hostFunctionsName(ClassName iface) {
        return besides(iface, "HostFunctions");
    }

    /** A top-level class in the interface's package, named after it (nesting joined by {@code _}) and the suffix. */
    private static ClassName besides(ClassName iface, String suffix) {
        return ClassName.get(iface.packageName(), String.join("_", iface.simpleNames()) + suffix);
    }

    /** The wasm parameters of a method's Java parameters: each kind's slots, in order; for exports and imports. */
    private static List<Param> params(MethodDecl method) {
        List<Param> params = new ArrayList<>();
        for (ParamDecl param : method.params()) {
            if (!(param.value() instanceof ParameterKind kind)) {
                throw new IllegalArgumentException("a record cannot be a parameter: " + method.javaSignature());
            }
            params.addAll(kind.slots(param.name()));
        }
        return params;
    }

    private static ResultShape shape(MethodDecl method) {
        if (method.result().isEmpty()) {
            return new ResultShape.None();
        }
        JavaValue result = method.result().get();
        Optional<ScalarKind> direct = result.directScalar();
        if (direct.isPresent()) {
            return new ResultShape.Direct(direct.get());
        }
        if (method.packedResult()) {
            return new ResultShape.Packed(method.lengthHigh());
        }
        if (method.transport() == MethodDecl.ResultTransport.MULTI_VALUE && result instanceof RegionKind region) {
            return new ResultShape.MultiValue(((MemoryValue) region).size() / Integer.BYTES);
        }
        // every kind an export can return, and every record, is stored in memory
        return new ResultShape.InReturnArea(((MemoryValue) result).size());
    }
}
