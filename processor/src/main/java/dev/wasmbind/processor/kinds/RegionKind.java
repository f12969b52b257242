package dev.wasmbind.processor.kinds;

import com.squareup.javapoet.CodeBlock;

/**
 * A kind that the guest hands back as a region of its memory, {@code (ptr, len)}: Go strings and slices. Such a
 * result can be read from a packed {@code ptr << 32 | len}, and freed with the guest's {@code free}.
 */
public interface RegionKind extends StoredKind {

    /** Whether {@code @PackedResult} can carry it: the packed form has a byte length only. */
    boolean isPackable();

    /** The bytes of one element of the region, which the region's length counts: for the length of a sized free. */
    int elementSize();

    /** Copies the value out of the region {@code buffer}, through the {@code CallScope} in the variable {@code scope}. */
    CodeBlock readRegion(String scope, CodeBlock buffer);

    /** Guest memory holds the region's header, which starts with {@code (ptr, len)}. */
    @Override
    default CodeBlock readAt(String scope, CodeBlock address) {
        return readRegion(scope, RuntimeOps.BUFFER_AT.callOn(scope, address));
    }

    @Override
    default boolean holdsRegion() {
        return true;
    }
}
