package dev.wasmbind.e2e.slices;

import dev.wasmbind.Export;
import dev.wasmbind.WasmModule;

/** sink.c built to pass slices as TinyGo does, {@code (ptr, len, cap)}. */
@WasmModule(value = "sink_go.wasm", imports = Sink.class)
public interface SinkGo {
    @Export("Run")
    long run();
}
