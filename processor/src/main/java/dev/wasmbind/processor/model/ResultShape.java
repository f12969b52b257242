package dev.wasmbind.processor.model;

import dev.wasmbind.processor.kinds.ScalarKind;

/** How a method's result comes back from the guest. */
public sealed interface ResultShape {

    /** {@code void}. */
    record None() implements ResultShape {}

    /** As the function's single result: a scalar, or a record that flattens to this scalar. */
    record Direct(ScalarKind scalar) implements ResultShape {}

    /** Written by the guest into the return area passed as hidden first parameter {@code retptr}. */
    record InReturnArea(int size) implements ResultShape {}

    /**
     * A packable region kind (String, byte[]) as one i64 {@code ptr << 32 | len}, or {@code len << 32 | ptr} where
     * {@code lengthHigh}.
     */
    record Packed(boolean lengthHigh) implements ResultShape {}

    /** A region kind as the function's results {@code (i32 ptr, i32 len)}, {@code cap} too for a slice. */
    record MultiValue(int count) implements ResultShape {}
}
