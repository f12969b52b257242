package dev.wasmbind.e2e.allocators;

import dev.wasmbind.Export;
import dev.wasmbind.WasmModule;

/** no_allocator.c: no allocator export, so only scalars cross. */
@WasmModule("no_allocator.wasm")
public interface NoAllocatorGuest extends AutoCloseable {
    @Export("add")
    int add(int a, int b);

    @Override
    void close();
}
