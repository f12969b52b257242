package dev.wasmbind.e2e.allocators;

import dev.wasmbind.Export;
import dev.wasmbind.HostFrees;
import dev.wasmbind.PackedResult;
import dev.wasmbind.WasmModule;

/** alloc_len_high.wasm read in the default order, ptr << 32 | len: the wrong one for this guest. */
@WasmModule(value = "alloc_len_high.wasm", imports = LengthHighLookup.class)
public interface WrongOrderGuest extends AutoCloseable {
    @Export("echo")
    @PackedResult
    @HostFrees
    String echo(String text);

    @Export("greet")
    @PackedResult
    @HostFrees
    byte[] greet(String name);

    @Export("LiveAllocations")
    int liveAllocations();

    @Override
    void close();
}
