package dev.wasmbind.cli;

import dev.wasmbind.processor.kinds.PrimitiveKind;
import dev.wasmbind.processor.kinds.SequenceKind;
import dev.wasmbind.processor.kinds.StoredKind;
import java.util.Map;
import java.util.Optional;

/**
 * The Java type that stands for a Go type under the TinyGo ABI, by the README's type table. Only predeclared types,
 * pointers and slices of them: a named type (a struct, {@code error}, {@code C.ulong}) is not resolved, so the
 * draft cannot tell what it is.
 */
final class GoTypes {
    private static final Map<String, StoredKind> PREDECLARED = Map.ofEntries(
            Map.entry("bool", PrimitiveKind.BOOLEAN),
            Map.entry("int8", PrimitiveKind.BYTE),
            Map.entry("uint8", PrimitiveKind.UNSIGNED_BYTE),
            Map.entry("byte", PrimitiveKind.UNSIGNED_BYTE),
            Map.entry("int16", PrimitiveKind.SHORT),
            Map.entry("uint16", PrimitiveKind.UNSIGNED_SHORT),
            Map.entry("int32", PrimitiveKind.INT),
            Map.entry("rune", PrimitiveKind.INT),
            // TinyGo's int and uint are 32 bits on wasm, like its pointers
            Map.entry("int", PrimitiveKind.INT),
            Map.entry("uint32", PrimitiveKind.INT),
            Map.entry("uint", PrimitiveKind.INT),
            Map.entry("int64", PrimitiveKind.LONG),
            Map.entry("uint64", PrimitiveKind.LONG),
            Map.entry("float32", PrimitiveKind.FLOAT),
            Map.entry("float64", PrimitiveKind.DOUBLE),
            Map.entry("string", SequenceKind.STRING),
            Map.entry("[]byte", SequenceKind.BYTES),
            Map.entry("[]uint8", SequenceKind.BYTES),
            Map.entry("[]int32", SequenceKind.INTS),
            Map.entry("[]rune", SequenceKind.INTS),
            Map.entry("[]int", SequenceKind.INTS),
            Map.entry("[]uint32", SequenceKind.INTS),
            Map.entry("[]uint", SequenceKind.INTS),
            Map.entry("[]int64", SequenceKind.LONGS),
            Map.entry("[]uint64", SequenceKind.LONGS),
            Map.entry("[]float32", SequenceKind.FLOATS),
            Map.entry("[]float64", SequenceKind.DOUBLES));

    private GoTypes() {}

    /** The Java value for the Go type, if the draft knows one; each can be a parameter, a result and a component. */
    static Optional<StoredKind> javaValue(String goType) {
        return isPointer(goType) ? Optional.of(PrimitiveKind.INT) : Optional.ofNullable(PREDECLARED.get(goType));
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
