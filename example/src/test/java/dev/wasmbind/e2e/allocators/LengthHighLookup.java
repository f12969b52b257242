package dev.wasmbind.e2e.allocators;

import dev.wasmbind.HostModule;
import dev.wasmbind.Import;
import dev.wasmbind.PackedOrder;

/** {@link Lookup} for guests that unpack the host's result as {@code len << 32 | ptr}, declared on the interface. */
@PackedOrder(PackedOrder.Order.LENGTH_HIGH)
@HostModule("env")
public interface LengthHighLookup {
    @Import("lookup")
    String lookup(String key);
}
