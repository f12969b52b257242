package dev.wasmbind.e2e;

import dev.wasmbind.Export;
import dev.wasmbind.WasmModule;

/**
 * Bound to a module that does not exist while compiling (deferred, so no compile error), with a misspelt export:
 * the check has to happen when the binding loads.
 */
@WasmModule(value = "late.wasm", deferIfMissing = true)
public interface LateModule {
    @Export("RetrunString")
    String returnString();

    @Export("Add")
    long add(int a, int b);
}
