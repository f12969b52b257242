package dev.wasmbind.e2e.allocators;

import dev.wasmbind.HostModule;
import dev.wasmbind.Import;
import dev.wasmbind.PackedOrder;

/** {@link LengthHighLookup} with the order declared on the method. */
@HostModule("env")
public interface MethodOrderLookup {
    @Import("lookup")
    @PackedOrder(PackedOrder.Order.LENGTH_HIGH)
    String lookup(String key);
}
