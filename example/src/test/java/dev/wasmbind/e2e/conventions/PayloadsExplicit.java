package dev.wasmbind.e2e.conventions;

import dev.wasmbind.Export;
import dev.wasmbind.HostFrees;
import dev.wasmbind.PackedResult;
import dev.wasmbind.PtrLen;
import dev.wasmbind.Unsigned;
import dev.wasmbind.WasmModule;

/** {@link Payloads} with its transports spelled out, as a module that is given only at run time needs them. */
@WasmModule("payloads.wasm")
public interface PayloadsExplicit {
    @Export("Transform")
    @PackedResult
    @HostFrees
    byte[] transform(@PtrLen byte[] input);

    @Export("Checksum")
    @Unsigned
    long checksum(@PtrLen byte[] input);
}
