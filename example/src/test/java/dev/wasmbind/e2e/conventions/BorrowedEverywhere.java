package dev.wasmbind.e2e.conventions;

import dev.wasmbind.Borrowed;
import dev.wasmbind.Export;
import dev.wasmbind.WasmModule;

/** keeper.c's Prefix, with every argument of the binding borrowed by the annotation on the interface. */
@Borrowed
@WasmModule("keeper.wasm")
public interface BorrowedEverywhere {
    @Export("Prefix")
    int prefix(String value);

    @Export("MallocCalls")
    int mallocCalls();
}
