package dev.wasmbind.e2e;

import dev.wasmbind.Export;
import dev.wasmbind.Unsigned;
import dev.wasmbind.WasmModule;

/** A guest that calls back into Java through {@link Env}. */
@WasmModule(value = "host.wasm", imports = Env.class)
public interface HostGuest {
    /** Logs {@code wasm >> Hello, <name>!} through {@code env.log}. */
    @Export("Greet")
    void greet(String name);

    @Export("LogBytes")
    void logBytes(byte[] bytes);

    @Export("CallAdd")
    int callAdd(int a, int b);

    @Export("CallScale")
    double callScale(double value);

    @Export("CallScale32")
    float callScale32(float value);

    @Export("CallWide")
    long callWide(long value);

    @Export("CallCheck")
    boolean callCheck(boolean value);

    @Export("CallSmall")
    int callSmall(byte a, @Unsigned byte b, short c, char d);

    @Export("CallFail")
    int callFail();

    @Export("Twice")
    int twice(int value);

    /** Returns {@code env.reenter(value) + 1}; our {@code reenter} calls {@link #twice} on the same instance. */
    @Export("Reenter")
    int reenter(int value);

    /**
     * Reads {@code env.get_uri} into a buffer of {@code initialSize} bytes, and again into a large enough one while
     * the URI did not fit.
     */
    @Export("Uri")
    String uri(int initialSize);
    /** "zero", "one" or "two", by {@code index % 3}; a string result, so the call uses a return area. */
    @Export("Name")
    String name(int index);

    /**
     * Like {@link #name}, but with its result already in the return area the guest calls {@code env.reenter_name},
     * and our {@code reenterName} calls {@link #name} on the same instance.
     */
    @Export("NameAround")
    String nameAround(int index);

    /** Returns {@code env.config(key)}, which the guest got in memory from its {@code wasm_malloc} and freed. */
    @Export("Config")
    String config(String key);

    /** {@code len * 1000000 + sum of the bytes} of {@code env.payload()}, which the guest freed. */
    @Export("PayloadDigest")
    long payloadDigest();

    @Export("WasmMallocCalls")
    int wasmMallocCalls();

    @Export("LiveAllocations")
    int liveAllocations();
}
