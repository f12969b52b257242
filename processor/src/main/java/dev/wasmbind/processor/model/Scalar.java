package dev.wasmbind.processor.model;

import com.dylibso.chicory.wasm.types.ValType;
import com.squareup.javapoet.TypeName;

/** A Java primitive and the Go type it stands for; each travels in one wasm value. */
public enum Scalar implements JavaValue {
    BOOLEAN(TypeName.BOOLEAN, "boolean", ValType.I32, 1),
    BYTE(TypeName.BYTE, "byte", ValType.I32, 1),
    /** Go {@code uint8}. */
    UNSIGNED_BYTE(TypeName.BYTE, "@Unsigned byte", ValType.I32, 1),
    SHORT(TypeName.SHORT, "short", ValType.I32, 2),
    /** Go {@code uint16}. */
    UNSIGNED_SHORT(TypeName.SHORT, "@Unsigned short", ValType.I32, 2),
    /** Go {@code uint16}. */
    CHAR(TypeName.CHAR, "char", ValType.I32, 2),
    INT(TypeName.INT, "int", ValType.I32, 4),
    /** Go {@code uint32}, widened to a Java {@code long} so that it reads as 0 to 4294967295. */
    UNSIGNED_LONG(TypeName.LONG, "@Unsigned long", ValType.I32, 4),
    LONG(TypeName.LONG, "long", ValType.I64, 8),
    FLOAT(TypeName.FLOAT, "float", ValType.F32, 4),
    DOUBLE(TypeName.DOUBLE, "double", ValType.F64, 8);

    private final TypeName typeName;
    private final String javaName;
    private final ValType wasmType;
    private final int size;

    Scalar(TypeName typeName, String javaName, ValType wasmType, int size) {
        this.typeName = typeName;
        this.javaName = javaName;
        this.wasmType = wasmType;
        this.size = size;
    }

    /** The wasm value type of a parameter or direct result. */
    public ValType wasmType() {
        return wasmType;
    }

    @Override
    public int size() {
        return size;
    }

    /** Scalars align to their size in the wasm32 C layout. */
    @Override
    public int align() {
        return size;
    }

    @Override
    public TypeName typeName() {
        return typeName;
    }

    @Override
    public String javaName() {
        return javaName;
    }
}
