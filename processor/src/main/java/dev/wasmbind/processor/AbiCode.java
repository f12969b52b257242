package dev.wasmbind.processor;

import com.squareup.javapoet.CodeBlock;
import dev.wasmbind.processor.model.Scalar;
import dev.wasmbind.processor.model.Sequence;
import dev.wasmbind.runtime.Abi;

/**
 * Generated code for the conversions both directions of a call share: a Java scalar lowered to the {@code long}
 * slot Chicory passes (an export's argument, a host function's result), and the names of the runtime methods that
 * copy strings and slices.
 */
final class AbiCode {
    private AbiCode() {}

    /** A Java scalar as the {@code long} slot Chicory passes; small integers extend as the C ABI does. */
    static CodeBlock toSlot(Scalar scalar, CodeBlock value) {
        return switch (scalar) {
            case BOOLEAN -> CodeBlock.of("$T.bool($L)", Abi.class, value);
            case UNSIGNED_BYTE -> CodeBlock.of("$T.u8($L)", Abi.class, value);
            case UNSIGNED_SHORT, CHAR -> CodeBlock.of("$T.u16($L)", Abi.class, value);
            case UNSIGNED_LONG -> CodeBlock.of("$T.u32($L)", Abi.class, value);
            case FLOAT -> CodeBlock.of("$T.f32($L)", Abi.class, value);
            case DOUBLE -> CodeBlock.of("$T.f64($L)", Abi.class, value);
            // Java's widening sign-extends, which is what int8 and int16 need
            case BYTE, SHORT, INT, LONG -> value;
        };
    }

    /** The type in the names of the copying methods: {@code CallScope.writeString}, {@code HostCall.bytes}. */
    static String suffix(Sequence sequence) {
        return switch (sequence) {
            case STRING -> "String";
            case BYTES -> "Bytes";
            case INTS -> "Ints";
            case LONGS -> "Longs";
            case FLOATS -> "Floats";
            case DOUBLES -> "Doubles";
        };
    }
}
