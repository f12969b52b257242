package dev.wasmbind.benchmarks;

import dev.wasmbind.HostModule;

/** What {@code bench.wasm} imports from module {@code env}. */
@HostModule("env")
public interface BenchEnv {
    /** The host function {@link Bench#callHost} calls once. */
    int next(int x);
}
