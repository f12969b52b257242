package dev.wasmbind.e2e;

import dev.wasmbind.Export;
import dev.wasmbind.WasmModule;

/** wazero's greet example (any TinyGo build of it), with its import {@code env.log} as a typed host interface. */
@WasmModule(value = "greet.wasm", deferIfMissing = true, imports = WazeroEnv.class)
public interface WazeroGreetWithEnv {
    /** Logs {@code wasm >> Hello, <name>!} through {@link WazeroEnv#log}. */
    @Export("greet")
    void greet(String name);
}
