package dev.wasmbind.processor.abi;

import dev.wasmbind.processor.kinds.PrimitiveKind;
import dev.wasmbind.processor.kinds.SequenceKind;
import dev.wasmbind.processor.kinds.StoredKind;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Java types that stand for a Go type under the TinyGo ABI: the type table of the README, which a test checks
 * against this one. Only predeclared types, pointers and slices of them: a named type (a struct, {@code error},
 * {@code C.ulong}) is not resolved, so the drafting command cannot tell what it is.
 */
public final class GoTypes {
    /** Each Go type's reading that a draft declares. */
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

    /** Other Java readings of a Go type that bind alike: a Go uint16 as a char, a uint32 as {@code @Unsigned long}. */
    private static final Map<String, List<StoredKind>> OTHER_READINGS = Map.of(
            "uint16", List.of(PrimitiveKind.CHAR),
            "uint32", List.of(PrimitiveKind.UNSIGNED_LONG),
            "uint", List.of(PrimitiveKind.UNSIGNED_LONG));

    private GoTypes() {}

    /** The Java type a draft declares for the Go type, if it knows one: a parameter's, a result's or a component's. */
    public static Optional<AbiType> javaType(String goType) {
        return reading(goType).map(AbiType::new);
    }

    private static Optional<StoredKind> reading(String goType) {
        return isPointer(goType) ? Optional.of(PrimitiveKind.INT) : Optional.ofNullable(PREDECLARED.get(goType));
    }

    /**
     * Whether a Java declaration may read the Go type as {@code javaName}, written as in a declaration
     * ({@code int}, {@code @Unsigned long}): the draft's reading, or another that binds the same wasm values.
     */
    public static boolean readsAs(String goType, String javaName) {
        return reading(goType).filter(kind -> kind.javaName().equals(javaName)).isPresent()
                || OTHER_READINGS.getOrDefault(goType, List.of()).stream()
                        .anyMatch(kind -> kind.javaName().equals(javaName));
    }

    /** A Go pointer ({@code *T}, {@code unsafe.Pointer}, {@code uintptr}): an {@code int} address in guest memory. */
    public static boolean isPointer(String goType) {
        return goType.startsWith("*") || goType.equals("unsafe.Pointer") || goType.equals("uintptr");
    }

    /** Go {@code uint32} (TinyGo's {@code uint} too), which Java reads as a signed int or as {@code @Unsigned long}. */
    public static boolean isUint32(String goType) {
        return goType.equals("uint32") || goType.equals("uint");
    }

    /** Go {@code uint64}, which Java reads as a signed long. */
    public static boolean isUint64(String goType) {
        return goType.equals("uint64");
    }
}
