package dev.wasmbind.e2e;

import dev.wasmbind.Export;
import dev.wasmbind.RawImport;
import dev.wasmbind.WasmModule;

/** The allocator export of wazero's TinyGo example, whose {@code free} panics on a pointer it never handed out. */
@WasmModule(value = "greet.wasm", deferIfMissing = true, rawImports = @RawImport(module = "env", names = "log"))
public interface TinyGoFree {
    @Export("free")
    void free(int pointer);
}
