package host;

import dev.wasmbind.Export;
import dev.wasmbind.HostModule;
import dev.wasmbind.Unsigned;
import dev.wasmbind.WasmModule;

/** A guest calling two host interfaces, one of them nested. */
@WasmModule(value = "host_imports.wasm", imports = {Env.class, HostGuest.Clock.class})
public interface HostGuest {
    @HostModule("clock")
    interface Clock {
        long now();
    }

    /** Calls {@code env.log} with the name. */
    @Export("Greet")
    void greet(String name);

    @Export("Add")
    int add(int a, int b);

    /**
     * Calls {@code env.params} with true, -1, 255, -2, 65535, 'A', 7, 4294967295, -3, 1.5, -2.5, "hi", [1, 2], [3],
     * [4], [5] and [6].
     */
    @Export("Params")
    void params();

    /** Returns what {@code env.uint8} returns. */
    @Export("Uint8")
    @Unsigned
    byte uint8();

    @Export("Uint32")
    @Unsigned
    long uint32();

    /** Returns what {@code clock.now} returns. */
    @Export("Now")
    long now();
}
