package dev.wasmbind.e2e.allocators;

import dev.wasmbind.Export;
import dev.wasmbind.HostFrees;
import dev.wasmbind.PackedOrder;
import dev.wasmbind.PackedResult;
import dev.wasmbind.WasmModule;

/** alloc_len_high.wasm with the order declared per method, and its result freed with the length read that way. */
@WasmModule(value = "alloc_len_high.wasm", imports = MethodOrderLookup.class)
public interface MethodOrderGuest extends CountingGuest {
    @Export("greet")
    @PackedResult
    @HostFrees
    @PackedOrder(PackedOrder.Order.LENGTH_HIGH)
    String greet(String name);

    /** The processor infers the packed result from the module, in the declared order. */
    @Export("echo")
    @HostFrees
    @PackedOrder(PackedOrder.Order.LENGTH_HIGH)
    byte[] echo(byte[] bytes);
}
