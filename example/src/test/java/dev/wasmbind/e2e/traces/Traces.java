package dev.wasmbind.e2e.traces;

import dev.wasmbind.Export;
import dev.wasmbind.HostModule;
import dev.wasmbind.Import;
import dev.wasmbind.WasmModule;

/** The guest whose calls fail several named functions deep (traces.c). */
@WasmModule(value = "traces.wasm", imports = Traces.Env.class)
public interface Traces {
    /** The host side of the guest's imports. */
    @HostModule("env")
    interface Env {
        /** The guest's {@code TrapViaHost} calls this in the middle of its stack. */
        @Import("call_back")
        int callBack(int depth);

        void fail();
    }

    /** Returns when {@code depth} is 0; traps in {@code check_depth}, four functions deep, when it is 1. */
    @Export("Trap")
    int trap(int depth);

    /** Calls {@code env.call_back(depth + 1)} two functions deep. */
    @Export("TrapViaHost")
    int trapViaHost(int depth);

    /** Calls {@code env.fail} two functions deep. */
    @Export("FailInHost")
    void failInHost(int code);

    /** Recurses {@code n + 1} deep and traps in the innermost call. */
    @Export("Recurse")
    int recurse(int n);
}
