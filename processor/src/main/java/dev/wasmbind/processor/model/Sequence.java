package dev.wasmbind.processor.model;

import com.squareup.javapoet.ArrayTypeName;
import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.TypeName;

/**
 * A Go string or slice: guest memory passed as {@code (ptr, len)}, plus {@code cap} for slices. {@code len} counts
 * bytes for strings and elements for slices.
 */
public enum Sequence implements JavaValue {
    STRING(ClassName.get(String.class), "String", false),
    BYTES(ArrayTypeName.of(TypeName.BYTE), "byte[]", true),
    INTS(ArrayTypeName.of(TypeName.INT), "int[]", true),
    LONGS(ArrayTypeName.of(TypeName.LONG), "long[]", true),
    FLOATS(ArrayTypeName.of(TypeName.FLOAT), "float[]", true),
    DOUBLES(ArrayTypeName.of(TypeName.DOUBLE), "double[]", true);

    private static final int POINTER_SIZE = 4;

    private final TypeName typeName;
    private final String javaName;
    private final boolean slice;

    Sequence(TypeName typeName, String javaName, boolean slice) {
        this.typeName = typeName;
        this.javaName = javaName;
        this.slice = slice;
    }

    /** Whether a Go slice, which adds a {@code cap} slot after {@code len}. */
    public boolean isSlice() {
        return slice;
    }

    /** The wasm values it takes as a parameter: {@code (ptr, len)}, plus {@code cap} for a slice. */
    public int slots() {
        return slice ? 3 : 2;
    }

    /** Whether {@code @PackedResult} can carry it: the packed form has a byte length only. */
    public boolean isPackable() {
        return this == STRING || this == BYTES;
    }

    /** The header: {@code (ptr, len)} is 8 bytes, {@code (ptr, len, cap)} 12. */
    @Override
    public int size() {
        return slice ? 3 * POINTER_SIZE : 2 * POINTER_SIZE;
    }

    @Override
    public int align() {
        return POINTER_SIZE;
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
