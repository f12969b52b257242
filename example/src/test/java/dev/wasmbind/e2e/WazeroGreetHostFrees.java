package dev.wasmbind.e2e;

import dev.wasmbind.Export;
import dev.wasmbind.HostFrees;
import dev.wasmbind.PackedResult;
import dev.wasmbind.RawImport;
import dev.wasmbind.WasmModule;

/** wazero's allocation example from TinyGo 0.28.1 on: {@code greeting} returns malloc'd bytes the caller frees. */
@WasmModule(value = "greet.wasm", deferIfMissing = true, rawImports = @RawImport(module = "env", names = "log"))
public interface WazeroGreetHostFrees {
    @Export("greeting")
    @PackedResult
    @HostFrees
    String greeting(String name);

    @Export("greet")
    void greet(String name);
}
