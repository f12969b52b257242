package dev.wasmbind.e2e.conventions;

import dev.wasmbind.Export;
import dev.wasmbind.HostFrees;
import dev.wasmbind.Unsigned;
import dev.wasmbind.WasmModule;

/**
 * payloads.c's raw-bytes exports, declared by meaning only: the processor reads from the module that the bytes
 * travel as {@code (ptr, size)} and come back packed.
 */
@WasmModule("payloads.wasm")
public interface Payloads {
    /** Go: {@code //export Transform(ptr, size uint32) uint64}; the result is malloc'ed for the host to free. */
    @Export("Transform")
    @HostFrees
    byte[] transform(byte[] input);

    /** Go: {@code //export Checksum(ptr, size uint32) uint32}. */
    @Export("Checksum")
    @Unsigned
    long checksum(byte[] input);

    @Export("LiveAllocations")
    int liveAllocations();
}
