package dev.wasmbind.e2e.conventions;

import dev.wasmbind.Export;
import dev.wasmbind.WasmModule;

/** keeper.c with every argument copied into memory of its own, the default. */
@WasmModule("keeper.wasm")
public interface Keeper {
    /** The guest keeps the string's memory after the call. */
    @Export("Keep")
    void keep(String value);

    @Export("Kept")
    String kept();

    @Export("Prefix")
    int prefix(String value);

    /** {@code 2 * (a.length + b.length)}, plus 1 when both end in the same byte. */
    @Export("Join")
    int join(String a, String b);

    @Export("MallocCalls")
    int mallocCalls();
}
