package dev.wasmbind.e2e.conventions;

import dev.wasmbind.Export;
import dev.wasmbind.WasmModule;

/** A WASI command program (command.c): its {@code main} runs when the binding loads, its export afterwards. */
@WasmModule("command.wasm")
public interface Command {
    @Export("Twice")
    int twice(int x);
}
