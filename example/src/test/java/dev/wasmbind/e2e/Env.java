package dev.wasmbind.e2e;

import dev.wasmbind.HostModule;
import dev.wasmbind.Import;
import dev.wasmbind.Unsigned;

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

    @Import("reenter_name")
    int reenterName(int index);
}
