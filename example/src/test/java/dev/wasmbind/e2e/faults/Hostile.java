package dev.wasmbind.e2e.faults;

import dev.wasmbind.Export;
import dev.wasmbind.GuestAllocator;
import dev.wasmbind.HostFrees;
import dev.wasmbind.HostModule;
import dev.wasmbind.Import;
import dev.wasmbind.PackedResult;
import dev.wasmbind.WasmModule;

/** The guest that misbehaves on purpose (hostile.c). */
@WasmModule(value = "hostile.wasm", imports = Hostile.Env.class)
public interface Hostile {
    /** The host side of the guest's imports. */
    @HostModule("env")
    interface Env {
        void fail();

        @Import("call_back")
        int callBack(int x);

        @Import("text")
        @GuestAllocator("PanickingMalloc")
        String text(int size);
    }

    @Export("LiveAllocations")
    int liveAllocations();

    @Export("Add")
    int add(int a, int b);

    @Export("Echo")
    String echo(String s);

    @Export("NoWrite")
    String noWrite();

    @Export("Reverse")
    String reverse(String s);

    @Export("PanicStdout")
    void panicStdout(String message);

    @Export("PanicStderr")
    void panicStderr(String message);

    @Export("PrintThenTrap")
    void printThenTrap();

    @Export("TrapWithFrame")
    int trapWithFrame(int x);

    @Export("FailInHost")
    int failInHost(int x);

    @Export("CallBack")
    int callBack(int x);

    @Export("TextLength")
    int textLength(int size);

    @Export("Spin")
    int spin();

    @Export("GrowUntilRefused")
    int growUntilRefused();

    @Export("ExitMidCall")
    void exitMidCall(int code);

    @Export("Recurse")
    int recurse(int depth);

    @Export("OutOfBounds")
    String outOfBounds();

    @Export("OutOfBoundsPacked")
    @PackedResult
    @HostFrees
    String outOfBoundsPacked();

    @Export("HostOwned")
    @PackedResult
    @HostFrees
    String hostOwned(String s);
}
