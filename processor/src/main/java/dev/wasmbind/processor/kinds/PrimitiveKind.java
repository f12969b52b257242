package dev.wasmbind.processor.kinds;

import com.dylibso.chicory.wasm.types.ValType;
import com.squareup.javapoet.CodeBlock;
import dev.wasmbind.runtime.internal.Abi;
import dev.wasmbind.runtime.internal.CallScope;
import dev.wasmbind.runtime.internal.HostCall;
import dev.wasmbind.runtime.internal.WasmSignature;
import java.util.List;
import java.util.Optional;

/**
 * A Java primitive and the Go type it stands for: one wasm value everywhere, aligned to its size in memory. Each
 * kind names the runtime methods that convert it; a conversion it does not name is Java's own (widening an
 * argument sign-extends, which is what Go's signed integers need; a cast narrows a result, keeping the bits the
 * guest's extension put there).
 */
public final class PrimitiveKind implements ExportParameterKind, HostParameterKind, ScalarKind, StoredKind {
    /** Go {@code bool}: 0 or 1 in an i32; any result but 0 is {@code true}, as in C. */
    public static final PrimitiveKind BOOLEAN = new Builder(boolean.class, ValType.I32, 1)
            .lowerWith("bool").raiseWith("toBool").readWith("readBool").hostReadWith("bool").build();
    /** Go {@code int8}. */
    public static final PrimitiveKind BYTE = new Builder(byte.class, ValType.I32, 1)
            .readWith("readI8").hostReadWith("i32").build();
    /** Go {@code uint8}: the argument zero-extends. */
    public static final PrimitiveKind UNSIGNED_BYTE = new Builder(byte.class, ValType.I32, 1).unsigned()
            .lowerWith("u8").readWith("readI8").hostReadWith("i32").build();
    /** Go {@code int16}. */
    public static final PrimitiveKind SHORT = new Builder(short.class, ValType.I32, 2)
            .readWith("readI16").hostReadWith("i32").build();
    /** Go {@code uint16}: the argument zero-extends. */
    public static final PrimitiveKind UNSIGNED_SHORT = new Builder(short.class, ValType.I32, 2).unsigned()
            .lowerWith("u16").readWith("readI16").hostReadWith("i32").build();
    /** Go {@code uint16}, which a Java {@code char} holds as it is. */
    public static final PrimitiveKind CHAR = new Builder(char.class, ValType.I32, 2)
            .lowerWith("u16").readWith("readU16").hostReadWith("i32").build();
    /** Go {@code int32}, {@code int}, and {@code uint32} with its bits kept. */
    public static final PrimitiveKind INT = new Builder(int.class, ValType.I32, 4)
            .readWith("readI32").hostReadWith("i32").build();
    /** Go {@code uint32}, widened to a Java {@code long} so that it reads as 0 to 4294967295. */
    public static final PrimitiveKind UNSIGNED_LONG = new Builder(long.class, ValType.I32, 4).unsigned()
            .lowerWith("u32").raiseWith("toU32").readWith("readI32").hostReadWith("u32").build();
    /** Go {@code int64}, and {@code uint64} with its bits kept. */
    public static final PrimitiveKind LONG = new Builder(long.class, ValType.I64, 8)
            .readWith("readI64").hostReadWith("i64").build();
    /** Go {@code float32}. */
    public static final PrimitiveKind FLOAT = new Builder(float.class, ValType.F32, 4)
            .lowerWith("f32").readWith("readF32").hostReadWith("f32").build();
    /** Go {@code float64}. */
    public static final PrimitiveKind DOUBLE = new Builder(double.class, ValType.F64, 8)
            .lowerWith("f64").readWith("readF64").hostReadWith("f64").build();

    private final Class<?> javaType;
    private final boolean unsigned;
    private final ValType wasmType;
    private final int size;
    /** The Java type an export call returns for the wasm type: int for i32, and so on. */
    private final Class<?> resultType;
    private final RuntimeOp lower;
    private final RuntimeOp raise;
    private final RuntimeOp read;
    private final RuntimeOp hostRead;
    private final RuntimeOp hostSlotRead;

    private PrimitiveKind(Builder builder) {
        this.javaType = builder.javaType;
        this.unsigned = builder.unsigned;
        this.wasmType = builder.wasmType;
        this.size = builder.size;
        this.resultType = RuntimeOps.call(wasmType).returnType();
        this.lower = builder.lower == null ? null
                : RuntimeOp.of(Abi.class, builder.lower, javaType).returning(long.class);
        this.raise = builder.raise == null ? null
                : RuntimeOp.of(Abi.class, builder.raise, resultType).returning(javaType);
        this.read = readsValue(RuntimeOp.of(CallScope.class, builder.read, int.class));
        this.hostRead = readsValue(RuntimeOp.of(HostCall.class, builder.hostRead, int.class));
        this.hostSlotRead = readsValue(RuntimeOp.of(HostCall.class, builder.hostRead, long[].class, int.class));
    }

    /** A method that reads the value returns it, or what an export call returns, which {@link #raise} converts. */
    private RuntimeOp readsValue(RuntimeOp op) {
        return op.returnType() == resultType ? op : op.returning(javaType);
    }

    @Override
    public Class<?> javaType() {
        return javaType;
    }

    @Override
    public boolean isUnsigned() {
        return unsigned;
    }

    @Override
    public ValType wasmType() {
        return wasmType;
    }

    @Override
    public int size() {
        return size;
    }

    /** Primitives align to their size in the wasm32 C layout. */
    @Override
    public int align() {
        return size;
    }

    @Override
    public List<WasmSignature.Param> slots(String name) {
        return List.of(new WasmSignature.Param(wasmType, name));
    }

    @Override
    public boolean copiesIn() {
        return false;
    }

    @Override
    public List<CodeBlock> lowerArgument(ExportCall call, String name) {
        return List.of(lower(CodeBlock.of("$N", name)));
    }

    /**
     * A float is its own wasm value; an integer the ABI extends is the {@code int} of its extended slot, declared
     * before the call (a Go {@code uint32} refuses a value out of its range), and any other integer already has its
     * wasm type's Java type, or widens to it as Java passes it.
     */
    @Override
    public List<CodeBlock> lowerDirectArgument(ExportCall call, String name, List<CodeBlock> lowered) {
        CodeBlock value = CodeBlock.of("$N", name);
        if (wasmType.equals(ValType.F32) || wasmType.equals(ValType.F64) || lower == null) {
            return List.of(value);
        }
        String slot = call.declare(int.class, name + "Slot", CodeBlock.of("(int) $L", lower(value)));
        return List.of(CodeBlock.of("$N", slot));
    }

    /** The Java value as the {@code long} slot Chicory passes, extended as the C ABI does. */
    private CodeBlock lower(CodeBlock value) {
        return lower == null ? value : lower.call(value);
    }

    @Override
    public CodeBlock lowerHostResult(String call, CodeBlock value) {
        return lower(value);
    }

    @Override
    public CodeBlock raiseResult(ExportCall call, CodeBlock result) {
        return raise(result);
    }

    /** A value of the wasm type's Java type as this kind's Java type. */
    private CodeBlock raise(CodeBlock result) {
        if (raise != null) {
            return raise.call(result);
        }
        return javaType == resultType ? result : CodeBlock.of("($T) $L", javaType, result);
    }

    @Override
    public CodeBlock readAt(String scope, CodeBlock address) {
        return asJavaType(read, read.callOn(scope, address));
    }

    @Override
    public CodeBlock readArgument(String call, int slot) {
        return asJavaType(hostRead, hostRead.callOn(call, CodeBlock.of("$L", slot)));
    }

    @Override
    public Optional<CodeBlock> readFromSlots(String args, int slot) {
        return Optional.of(asJavaType(hostSlotRead,
                hostSlotRead.call(CodeBlock.of("$N", args), CodeBlock.of("$L", slot))));
    }

    /** A scalar goes back as its slot, without the call. */
    @Override
    public boolean lowersWithCall() {
        return false;
    }

    private CodeBlock asJavaType(RuntimeOp op, CodeBlock value) {
        return op.returnType() == javaType ? value : raise(value);
    }

    @Override
    public String toString() {
        return javaName();
    }

    /**
     * What a primitive kind is made of: its Java and wasm types, its size in memory, and the names of the runtime
     * methods that convert it.
     */
    private static final class Builder {
        private final Class<?> javaType;
        private final ValType wasmType;
        private final int size;
        private boolean unsigned;
        private String lower;
        private String raise;
        private String read;
        private String hostRead;

        Builder(Class<?> javaType, ValType wasmType, int size) {
            this.javaType = javaType;
            this.wasmType = wasmType;
            this.size = size;
        }

        /** The {@code @Unsigned} reading. */
        Builder unsigned() {
            this.unsigned = true;
            return this;
        }

        /** {@code Abi.name(value)} lowers a Java value to its slot. */
        Builder lowerWith(String name) {
            this.lower = name;
            return this;
        }

        /** {@code Abi.name(result)} turns an export's direct result into the Java value. */
        Builder raiseWith(String name) {
            this.raise = name;
            return this;
        }

        /** {@code CallScope.name(address)} reads the value from guest memory. */
        Builder readWith(String name) {
            this.read = name;
            return this;
        }

        /** {@code HostCall.name(slot)} reads a host function's argument. */
        Builder hostReadWith(String name) {
            this.hostRead = name;
            return this;
        }

        PrimitiveKind build() {
            return new PrimitiveKind(this);
        }
    }
}
