package dev.wasmbind.e2e;

import dev.wasmbind.Export;
import dev.wasmbind.PackedResult;
import dev.wasmbind.RawImport;
import dev.wasmbind.WasmModule;

/**
 * wazero's allocation example as TinyGo 0.23 to 0.27 build it: {@code greeting} returns a pointer into Go's heap,
 * packed as {@code ptr << 32 | size}; the guest owns it.
 */
@WasmModule(value = "greet.wasm", deferIfMissing = true, rawImports = @RawImport(module = "env", names = "log"))
public interface WazeroGreet {
    @Export("greeting")
    @PackedResult
    String greeting(String name);

    /** Logs {@code wasm >> Hello, <name>!} through the import {@code env.log}. */
    @Export("greet")
    void greet(String name);
}
