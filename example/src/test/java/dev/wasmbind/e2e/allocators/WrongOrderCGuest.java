package dev.wasmbind.e2e.allocators;

import dev.wasmbind.Export;
import dev.wasmbind.HostFrees;
import dev.wasmbind.PackedOrder;
import dev.wasmbind.PackedResult;
import dev.wasmbind.WasmModule;

/** alloc_c.wasm, which packs ptr << 32 | len, read as len << 32 | ptr: the wrong order for this guest. */
@PackedOrder(PackedOrder.Order.LENGTH_HIGH)
@WasmModule(value = "alloc_c.wasm", imports = Lookup.class)
public interface WrongOrderCGuest extends AutoCloseable {
    @Export("echo")
    @PackedResult
    @HostFrees
    String echo(String text);

    @Override
    void close();
}
