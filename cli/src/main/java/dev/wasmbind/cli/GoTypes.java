package dev.wasmbind.cli;

import dev.wasmbind.processor.model.JavaValue;
import dev.wasmbind.processor.model.Scalar;
import dev.wasmbind.processor.model.Sequence;
import java.util.Map;
import java.util.Optional;

/**
 * The Java type that stands for a Go type under the TinyGo ABI, by the README's type table. Only predeclared types,
 * pointers and slices of them: a named type (a struct, {@code error}, {@code C.ulong}) is not resolved, so the
 * draft cannot tell what it is.
 */
final class GoTypes {
    private static final Map<String, JavaValue> PREDECLARED = Map.ofEntries(
            Map.entry("bool", Scalar.BOOLEAN),
            Map.entry("int8", Scalar.BYTE),
            Map.entry("uint8", Scalar.UNSIGNED_BYTE),
            Map.entry("byte", Scalar.UNSIGNED_BYTE),
            Map.entry("int16", Scalar.SHORT),
            Map.entry("uint16", Scalar.UNSIGNED_SHORT),
            Map.entry("int32", Scalar.INT),
            Map.entry("rune", Scalar.INT),
            // TinyGo's int and uint are 32 bits on wasm, like its pointers
            Map.entry("int", Scalar.INT),
            Map.entry("uint32", Scalar.INT),
            Map.entry("uint", Scalar.INT),
            Map.entry("int64", Scalar.LONG),
            Map.entry("uint64", Scalar.LONG),
            Map.entry("float32", Scalar.FLOAT),
            Map.entry("float64", Scalar.DOUBLE),
            Map.entry("string", Sequence.STRING),
            Map.entry("[]byte", Sequence.BYTES),
            Map.entry("[]uint8", Sequence.BYTES),
            Map.entry("[]int32", Sequence.INTS),
            Map.entry("[]rune", Sequence.INTS),
            Map.entry("[]int", Sequence.INTS),
            Map.entry("[]uint32", Sequence.INTS),
            Map.entry("[]uint", Sequence.INTS),
            Map.entry("[]int64", Sequence.LONGS),
            Map.entry("[]uint64", Sequence.LONGS),
            Map.entry("[]float32", Sequence.FLOATS),
            Map.entry("[]float64", Sequence.DOUBLES));

    private GoTypes() {}

    /** The Java value for the Go type, if the draft knows one. */
    static Optional<JavaValue> javaValue(String goType) {
        return isPointer(goType) ? Optional.of(Scalar.INT) : Optional.ofNullable(PREDECLARED.get(goType));
    }

    /** A Go pointer ({@code *T}, {@code unsafe.Pointer}, {@code uintptr}): an {@code int} address in guest memory. */
    static boolean isPointer(String goType) {
        return goType.startsWith("*") || goType.equals("unsafe.Pointer") || goType.equals("uintptr");
    }

    /** Go {@code uint32} (TinyGo's {@code uint} too), which Java reads as a signed int or as {@code @Unsigned long}. */
    static boolean isUint32(String goType) {
        return goType.equals("uint32") || goType.equals("uint");
    }

    /** Go {@code uint64}, which Java reads as a signed long. */
    static boolean isUint64(String goType) {
        return goType.equals("uint64");
    }
}
