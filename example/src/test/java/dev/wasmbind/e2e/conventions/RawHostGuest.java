package dev.wasmbind.e2e.conventions;

import dev.wasmbind.Export;
import dev.wasmbind.RawImport;
import dev.wasmbind.WasmModule;

/**
 * host.c with its {@code env} imports left to raw Chicory host functions: {@code add} and {@code log} by name, the
 * rest of the module as a whole.
 */
@WasmModule(value = "host.wasm", rawImports = {
        @RawImport(module = "env", names = {"add", "log"}),
        @RawImport(module = "env")})
public interface RawHostGuest {
    /** Returns {@code env.add(a, b)}. */
    @Export("CallAdd")
    int callAdd(int a, int b);

    /** Logs {@code wasm >> Hello, <name>!} through {@code env.log}. */
    @Export("Greet")
    void greet(String name);
}
