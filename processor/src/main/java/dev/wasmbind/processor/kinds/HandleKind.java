package dev.wasmbind.processor.kinds;

import com.dylibso.chicory.wasm.types.ValType;
import com.squareup.javapoet.ArrayTypeName;
import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.TypeName;
import dev.wasmbind.runtime.internal.Guest;
import dev.wasmbind.runtime.internal.GuestHandles;
import dev.wasmbind.runtime.internal.HostCall;
import dev.wasmbind.runtime.internal.WasmSignature;
import java.util.List;

/**
 * A Java object passed as an opaque i32 handle ({@code @Handle}): the instance's {@link GuestHandles} table maps
 * handles to objects both ways. Chosen by the annotation, not by type, so it is not registered in
 * {@link ValueKinds}: one instance per declared type, which generated code casts to.
 */
public final class HandleKind implements ExportParameterKind, HostParameterKind, ScalarKind {
    private static final RuntimeOp HANDLES = RuntimeOp.of(Guest.class, "handles").returning(GuestHandles.class);
    private static final RuntimeOp TO_GUEST =
            RuntimeOp.of(GuestHandles.class, "toGuest", Object.class).returning(int.class);
    private static final RuntimeOp GET =
            RuntimeOp.of(GuestHandles.class, "get", int.class, Class.class).returning(Object.class);
    private static final RuntimeOp HOST_GET =
            RuntimeOp.of(HostCall.class, "handle", int.class, Class.class).returning(Object.class);
    private static final RuntimeOp HOST_TO_GUEST =
            RuntimeOp.of(HostCall.class, "handleToGuest", Object.class).returning(int.class);

    private final TypeName type;

    private HandleKind(TypeName type) {
        this.type = type;
    }

    /** The handle of an object of {@code type}, a class, interface or array type without type arguments. */
    public static HandleKind of(TypeName type) {
        return new HandleKind(type);
    }

    /** Any reference type; {@link #typeName()} is the declared one. */
    @Override
    public Class<?> javaType() {
        return Object.class;
    }

    @Override
    public TypeName typeName() {
        return type;
    }

    @Override
    public String listedAs() {
        return simpleName(type);
    }

    /** {@code Runnable}, {@code String[]}, {@code int[]}: as the declaration most likely wrote it. */
    private static String simpleName(TypeName type) {
        if (type instanceof ArrayTypeName array) {
            return simpleName(array.componentType) + "[]";
        }
        return type instanceof ClassName name ? String.join(".", name.simpleNames()) : type.toString();
    }

    @Override
    public String javaName() {
        return "@Handle " + listedAs();
    }

    @Override
    public ValType wasmType() {
        return ValType.I32;
    }

    @Override
    public List<WasmSignature.Param> slots(String name) {
        return List.of(new WasmSignature.Param(ValType.I32, name));
    }

    @Override
    public boolean copiesIn() {
        return false;
    }

    @Override
    public List<CodeBlock> lowerArgument(ExportCall call, String name) {
        return List.of(TO_GUEST.callOn(HANDLES.callOn(call.guest()).toString(), CodeBlock.of("$N", name)));
    }

    @Override
    public CodeBlock raiseResult(ExportCall call, CodeBlock result) {
        return GET.callOn(HANDLES.callOn(call.guest()).toString(), result, typeLiteral());
    }

    @Override
    public CodeBlock readArgument(String call, int slot) {
        return HOST_GET.callOn(call, CodeBlock.of("$L", slot), typeLiteral());
    }

    @Override
    public CodeBlock lowerHostResult(String call, CodeBlock value) {
        return HOST_TO_GUEST.callOn(call, value);
    }

    private CodeBlock typeLiteral() {
        return CodeBlock.of("$T.class", type);
    }

    @Override
    public String toString() {
        return javaName();
    }
}
