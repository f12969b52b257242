package dev.wasmbind.e2e;

import dev.wasmbind.HostModule;

/** What wazero's TinyGo greet example imports: {@code //go:wasmimport env log} with a string. */
@HostModule("env")
public interface WazeroEnv {
    void log(String message);
}
