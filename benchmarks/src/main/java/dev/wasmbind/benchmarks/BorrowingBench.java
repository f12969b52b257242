package dev.wasmbind.benchmarks;

import dev.wasmbind.Borrowed;
import dev.wasmbind.WasmModule;

/** {@link Bench} with every argument borrowed: the guest only reads its arguments during the call. */
@Borrowed
@WasmModule(value = "bench.wasm", imports = BenchEnv.class)
public interface BorrowingBench extends Bench {}
