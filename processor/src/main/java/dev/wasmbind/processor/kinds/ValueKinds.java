package dev.wasmbind.processor.kinds;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.lang.model.type.TypeMirror;

/**
 * The registered value kinds: what the processor accepts besides records, in the order types are matched against
 * them and listed in messages. A kind takes effect by its line here.
 */
public final class ValueKinds {
    private static final List<ValueKind> ALL = List.of(
            PrimitiveKind.BOOLEAN,
            PrimitiveKind.BYTE,
            PrimitiveKind.UNSIGNED_BYTE,
            PrimitiveKind.SHORT,
            PrimitiveKind.UNSIGNED_SHORT,
            PrimitiveKind.CHAR,
            PrimitiveKind.INT,
            PrimitiveKind.UNSIGNED_LONG,
            PrimitiveKind.LONG,
            PrimitiveKind.FLOAT,
            PrimitiveKind.DOUBLE,
            SequenceKind.STRING,
            SequenceKind.BYTES,
            SequenceKind.INTS,
            SequenceKind.LONGS,
            SequenceKind.FLOATS,
            SequenceKind.DOUBLES,
            GuestBufferWriterKind.INSTANCE,
            GuestAllocatedKind.STRING,
            GuestAllocatedKind.BYTES);

    private ValueKinds() {}

    /** Every registered kind, in order. */
    public static List<ValueKind> all() {
        return ALL;
    }

    /**
     * The first kind that the declared type, with or without {@code @Unsigned}, is and that can stand at the
     * position; none when there is none.
     */
    public static Optional<ValueKind> find(TypeMirror type, boolean unsigned, Position position, JavaTypes types) {
        return ALL.stream()
                .filter(kind -> position.accepts(kind) && kind.matches(type, unsigned, types))
                .findFirst();
    }

    /** Whether {@code @Unsigned} means something on the type: a kind is its unsigned reading. */
    public static boolean hasUnsignedReading(TypeMirror type, JavaTypes types) {
        return ALL.stream().anyMatch(kind -> kind.matches(type, true, types));
    }

    /** The types that can stand at the position, as messages list them: {@code boolean, byte, ...}. */
    public static String listed(Position position) {
        return ALL.stream()
                .filter(position::accepts)
                .map(ValueKind::listedAs)
                .distinct()
                .collect(Collectors.joining(", "));
    }
}
