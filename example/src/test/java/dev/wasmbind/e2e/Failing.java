package dev.wasmbind.e2e;

import dev.wasmbind.Export;
import dev.wasmbind.WasmModule;

@WasmModule("types.wasm")
public interface Failing {
    @Export("Trap")
    void trap();

    @Export("Exit")
    void exit(int code);

    @Export("Panic")
    void panic(String message);

    @Export("EchoInt32")
    int echo(int value);

    @Export("LiveAllocations")
    int liveAllocations();
}
