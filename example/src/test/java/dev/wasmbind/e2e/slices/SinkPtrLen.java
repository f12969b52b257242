package dev.wasmbind.e2e.slices;

import dev.wasmbind.Export;
import dev.wasmbind.WasmModule;

/** sink.c built to pass slices as {@code (ptr, len)}, without cap. */
@WasmModule(value = "sink_ptr_len.wasm", imports = Sink.class)
public interface SinkPtrLen {
    @Export("Run")
    long run();
}
