package dev.wasmbind.processor.kinds;

import java.util.Optional;

/**
 * What an export method's declaration states about its result's transport.
 *
 * @param packed {@code @PackedResult}: a String or byte[] result arrives as one i64
 * @param lengthHigh {@code @PackedOrder(LENGTH_HIGH)}: a packed result is {@code len << 32 | ptr}
 * @param hostFrees {@code @HostFrees}: the String or array result is freed with the guest's {@code free}
 */
public record ResultRequest(boolean packed, boolean lengthHigh, boolean hostFrees) {

    /** Nothing stated: what a void or scalar result has. */
    public static final ResultRequest NONE = new ResultRequest(false, false, false);

    /**
     * The region result whose transport the declaration leaves to the module: a String or array not declared
     * {@code @PackedResult}; empty for any other result.
     */
    public Optional<RegionKind> openRegion(Optional<? extends JavaValue> result) {
        return result.filter(value -> !packed && value instanceof RegionKind).map(RegionKind.class::cast);
    }
}
