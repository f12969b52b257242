package dev.wasmbind.e2e.allocators;

import dev.wasmbind.Export;
import dev.wasmbind.PtrLen;
import dev.wasmbind.WasmModule;

/** Passes a string to a module only seen when it loads: one without allocator is rejected then. */
@WasmModule(value = "late_no_allocator.wasm", deferIfMissing = true)
public interface LateNoAllocator extends AutoCloseable {
    @Export("length")
    int length(@PtrLen byte[] text);

    @Override
    void close();
}
