package dev.wasmbind.benchmarks;

import dev.wasmbind.runtime.MemoryKind;

import dev.wasmbind.runtime.Engine;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.util.function.Supplier;

/**
 * The heap one started instance of {@code bench.wasm} keeps reachable, for the binding and for hand-written
 * Chicory code, on both engines: heap in use after a full GC, before and after creating {@value #INSTANCES}
 * instances that stay referenced, divided by their number. What all instances share (classes, the parsed and
 * compiled module) is loaded by one instance made before the first measurement, so it is not counted.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar dev.wasmbind.benchmarks.RetainedHeap}
 */
public final class RetainedHeap {
    private static final int INSTANCES = 200;
    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    private RetainedHeap() {}

    /** Prints a Markdown table of KiB per instance. */
    public static void main(String[] args) throws Exception {
        ChicoryModule compiled = ChicoryModule.load(ChicoryModule.BENCH, true);
        ChicoryModule interpreted = ChicoryModule.load(ChicoryModule.BENCH, false);
        System.out.println("| instance of bench.wasm | KiB per instance |");
        System.out.println("|---|---:|");
        report("binding, compiler", () -> BenchWasm.load(Variants.ENV));
        report("binding, compiler, ByteBufferMemory",
                () -> BenchWasm.builder().benchEnv(Variants.ENV).memory(MemoryKind.BYTE_BUFFER).build());
        report("binding, interpreter",
                () -> BenchWasm.builder().benchEnv(Variants.ENV).engine(Engine.INTERPRETER).build());
        report("hand-written Chicory, compiler",
                () -> new BestChicoryBench(HandWrittenBench.start(compiled, Variants.ENV)));
        report("hand-written Chicory, interpreter",
                () -> new BestChicoryBench(HandWrittenBench.start(interpreted, Variants.ENV)));
    }

    private static void report(String variant, Supplier<Bench> factory) throws Exception {
        Bench first = factory.get();
        long before = heapInUseAfterGc();
        Bench[] held = new Bench[INSTANCES];
        for (int i = 0; i < INSTANCES; i++) {
            held[i] = factory.get();
        }
        long after = heapInUseAfterGc();
        Reference.reachabilityFence(held);
        for (Bench bench : held) {
            Variants.close(bench);
        }
        Variants.close(first);
        System.out.printf("| %s | %.1f |%n", variant, (after - before) / 1024.0 / INSTANCES);
    }

    private static long heapInUseAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return MEMORY.getHeapMemoryUsage().getUsed();
    }
}
