package dev.wasmbind.processor;

import com.dylibso.chicory.wasm.types.ValType;
import com.squareup.javapoet.ClassName;
import dev.wasmbind.processor.model.BindingDecl;
import dev.wasmbind.processor.model.BindingModel;
import dev.wasmbind.processor.model.JavaValue;
import dev.wasmbind.processor.model.MethodDecl;
import dev.wasmbind.processor.model.MethodDecl.ParamDecl;
import dev.wasmbind.processor.model.MethodModel;
import dev.wasmbind.processor.model.ResultShape;
import dev.wasmbind.processor.model.Scalar;
import dev.wasmbind.processor.model.Sequence;
import dev.wasmbind.processor.model.Struct;
import dev.wasmbind.runtime.Allocator;
import dev.wasmbind.runtime.Engine;
import dev.wasmbind.runtime.ExportSpec;
import dev.wasmbind.runtime.WasmSignature;
import dev.wasmbind.runtime.WasmSignature.Param;
import java.util.ArrayList;
import java.util.List;

/**
 * Lowers a validated interface to the TinyGo export ABI (the wasm32 C ABI): each method's wasm signature, how its
 * result comes back, what it needs from the guest's allocator, and the binding's return area size.
 */
final class Lowering {
    static final String RETURN_POINTER = "retptr";

    /** The runtime allocates the return area with malloc; 8 keeps any result in it aligned. */
    private static final int RETURN_AREA_ALIGN = 8;

    private Lowering() {}

    static BindingModel lower(BindingDecl decl, Engine defaultEngine) {
        List<MethodModel> methods = decl.methods().stream().map(Lowering::lower).toList();
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
                decl.memberTypeNames());
    }

    /** {@code p.Foo} gives {@code p.FooWasm}; nested {@code p.Outer.Foo} gives {@code p.Outer_FooWasm}. */
    static ClassName generatedName(ClassName iface) {
        return ClassName.get(iface.packageName(), String.join("_", iface.simpleNames()) + "Wasm");
    }

    static MethodModel lower(MethodDecl method) {
        ResultShape shape = shape(method);
        List<Param> params = new ArrayList<>();
        List<ValType> results = new ArrayList<>();
        Allocator allocator = Allocator.NONE;
        if (shape instanceof ResultShape.InReturnArea) {
            params.add(new Param(ValType.I32, RETURN_POINTER));
            allocator = Allocator.MALLOC;
        } else if (shape instanceof ResultShape.Direct direct) {
            results.add(direct.scalar().wasmType());
        } else if (shape instanceof ResultShape.Packed) {
            results.add(ValType.I64);
        }
        for (ParamDecl param : method.params()) {
            if (param.value() instanceof Scalar scalar) {
                params.add(new Param(scalar.wasmType(), param.name()));
            } else if (param.value() instanceof Sequence sequence) {
                params.add(new Param(ValType.I32, param.name() + ".ptr"));
                params.add(new Param(ValType.I32, param.name() + ".len"));
                if (sequence.isSlice()) {
                    params.add(new Param(ValType.I32, param.name() + ".cap"));
                }
                allocator = allocator.and(Allocator.MALLOC_AND_FREE);
            } else {
                throw new IllegalArgumentException("a record cannot be a parameter: " + method.javaSignature());
            }
        }
        if (method.hostFrees()) {
            allocator = allocator.and(Allocator.FREE);
        }
        ExportSpec export = new ExportSpec(
                method.exportName(), method.javaSignature(), new WasmSignature(params, results), allocator);
        return new MethodModel(method, shape, export);
    }

    private static ResultShape shape(MethodDecl method) {
        if (method.result().isEmpty()) {
            return new ResultShape.None();
        }
        JavaValue result = method.result().get();
        if (result instanceof Scalar scalar) {
            return new ResultShape.Direct(scalar);
        }
        if (result instanceof Struct struct && struct.singleScalar().isPresent()) {
            return new ResultShape.Direct(struct.singleScalar().get());
        }
        if (method.packedResult()) {
            return new ResultShape.Packed();
        }
        return new ResultShape.InReturnArea(result.size());
    }
}
