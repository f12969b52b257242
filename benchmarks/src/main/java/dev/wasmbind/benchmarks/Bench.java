package dev.wasmbind.benchmarks;

import dev.wasmbind.Export;
import dev.wasmbind.WasmModule;

/**
 * The workloads of the benchmarks, as the exports of {@code bench.wasm}. The processor generates {@code BenchWasm};
 * {@link ChicoryBench} does the same protocol by hand on Chicory, {@link PlainJavaBench} the same work in Java.
 */
@WasmModule(value = "bench.wasm", imports = BenchEnv.class)
public interface Bench {
    /** Go's {@code struct { Total int64; Count int32; Mean float64 }}: 24 bytes in the return area. */
    record Stats(long total, int count, double mean) {}

    /** Does nothing: the cost of a call alone. */
    @Export("Empty")
    void empty();

    /** Returns {@code a + b}. */
    @Export("Add")
    int add(int a, int b);

    /** Returns the 22 bytes {@code hello from TinyGo/WASM}. */
    @Export("ReturnString")
    String returnString();

    /** Returns a copy of {@code text}. */
    @Export("Echo")
    String echo(String text);

    /** Counts the ASCII vowels, upper and lower case, in {@code text}. */
    @Export("CountVowels")
    int countVowels(String text);

    /** The sum, count and mean of 1..n. */
    @Export("Summarize")
    Stats summarize(int n);

    /** Returns 32 fixed bytes. */
    @Export("Digest")
    byte[] digest();

    /** Returns {@code env.next(x) + 1}: one call from the guest into Java. */
    @Export("CallHost")
    int callHost(int x);
}
