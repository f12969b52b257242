package dev.wasmbind.benchmarks;

import dev.wasmbind.Export;
import dev.wasmbind.WasmModule;

/** A module of about 1 MB with 4096 functions, for the cold start of a large guest. */
@WasmModule("large.wasm")
public interface Large {
    /** Calls the guest's function number {@code index} (modulo 4096) with {@code x}. */
    @Export("Dispatch")
    int dispatch(int index, int x);
}
