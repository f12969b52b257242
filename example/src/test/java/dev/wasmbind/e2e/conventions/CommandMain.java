package dev.wasmbind.e2e.conventions;

import dev.wasmbind.WasmModule;

/** The same command bound without exports: building the binding runs {@code main}, and that is all it is for. */
@WasmModule("command.wasm")
public interface CommandMain {}
