package dev.wasmbind.e2e;

import dev.wasmbind.GuestAllocator;
import dev.wasmbind.HostModule;
import dev.wasmbind.Import;
import dev.wasmbind.Unsigned;
import dev.wasmbind.runtime.GuestBufferWriter;

/** What host.wasm imports from module {@code env}: one function for every parameter kind the guest can pass. */
@HostModule("env")
public interface Env {
    @Import("log")
    void log(String message);

    @Import("log_bytes")
    void logBytes(byte[] bytes);

    int add(int a, int b);

    double scale(double value);

    float scale32(float value);

    long wide(long value);

    boolean check(boolean value);

    int small(byte a, @Unsigned byte b, short c, char d);

    void fail();

    int reenter(int value);

    /** Writes the URI into the guest's buffer if it fits, and returns its length either way. */
    @Import("get_uri")
    int getUri(GuestBufferWriter buf);

    @Import("reenter_name")
    int reenterName(int index);

    /** A value the host allocates in the guest with its {@code wasm_malloc}; the guest owns and frees it. */
    @GuestAllocator("wasm_malloc")
    String config(String key);

    /** Bytes the host allocates in the guest with its {@code malloc}; the guest owns and frees them. */
    byte[] payload();
}
