package dev.wasmbind.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One benchmark per workload of issue #13, each run on every variant ({@link Variants}); ratios between variants
 * of one run are what the README reports. Workloads whose result goes through a return area also run the naive
 * protocol. Many short iterations: on a shared machine the fastest of them is the least disturbed.
 *
 * <p>The heap is touched when the JVM starts: on a virtual machine the first write to each page of the heap is a
 * page fault that costs microseconds, so a workload that allocates ran up to 15 times slower until its garbage had
 * filled the young generation once, which with a few bytes per call outlasts the warm-up.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = "-XX:+AlwaysPreTouch")
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 20, time = 250, timeUnit = TimeUnit.MILLISECONDS)
public class Workloads {
    /** A started variant, opened for each fork and closed after it. */
    public abstract static class Variant {
        Bench bench;

        abstract String name();

        /** Starts the variant. */
        @Setup
        public void open() {
            bench = Variants.open(name());
        }

        /** Releases what the variant holds. */
        @TearDown
        public void close() throws Exception {
            Variants.close(bench);
        }
    }

    /** A variant for workloads without a return area: the naive protocol would be the hand-written one. */
    @State(Scope.Thread)
    public static class Guest extends Variant {
        @Param({Variants.BINDING, Variants.HAND_WRITTEN, Variants.PLAIN_JAVA})
        String variant;

        @Override
        String name() {
            return variant;
        }
    }

    /** A variant for workloads whose result goes through a return area. */
    @State(Scope.Thread)
    public static class GuestWithReturnArea extends Variant {
        @Param({Variants.BINDING, Variants.HAND_WRITTEN, Variants.NAIVE, Variants.PLAIN_JAVA})
        String variant;

        @Override
        String name() {
            return variant;
        }
    }

    /** Scalar arguments, in fields so that the JIT cannot fold them. */
    @State(Scope.Thread)
    public static class Numbers {
        int a = 20;
        int b = 22;
        int n = 1000;
        int x = 7;
    }

    /** ASCII text of each size the echo workload runs with. */
    @State(Scope.Thread)
    public static class Text {
        @Param({"16", "1024", "1048576"})
        int size;

        String text;

        /** Makes the text of this size. */
        @Setup
        public void create() {
            text = Texts.ascii(size);
        }
    }

    /** The text vowels are counted in. */
    @State(Scope.Thread)
    public static class MiB {
        final String text = Texts.ascii(1 << 20);
    }

    /** The text each of two threads echoes. */
    @State(Scope.Thread)
    public static class SixteenBytes {
        final String text = Texts.ascii(16);
    }

    /** {@link Bench#empty}: the cost of a call alone. */
    @Benchmark
    public void emptyCall(Guest guest) {
        guest.bench.empty();
    }

    /** {@link Bench#add}: two scalars in, one out; with {@code -prof gc} it shows what a call allocates. */
    @Benchmark
    public int add(Guest guest, Numbers numbers) {
        return guest.bench.add(numbers.a, numbers.b);
    }

    /** {@link Bench#returnString}: a 22-byte string through the return area. */
    @Benchmark
    public String returnString(GuestWithReturnArea guest) {
        return guest.bench.returnString();
    }

    /** {@link Bench#echo}: a string copied in, a copy of it read back. */
    @Benchmark
    public String echo(GuestWithReturnArea guest, Text text) {
        return guest.bench.echo(text.text);
    }

    /** {@link Bench#countVowels} on 1 MiB: the guest does real work on a large argument. */
    @Benchmark
    public int countVowels(Guest guest, MiB text) {
        return guest.bench.countVowels(text.text);
    }

    /** {@link Bench#summarize}: a record of three fields read from the return area. */
    @Benchmark
    public Bench.Stats recordResult(GuestWithReturnArea guest, Numbers numbers) {
        return guest.bench.summarize(numbers.n);
    }

    /** {@link Bench#digest}: a 32-byte {@code byte[]} through the return area. */
    @Benchmark
    public byte[] bytesResult(GuestWithReturnArea guest) {
        return guest.bench.digest();
    }

    /** {@link Bench#callHost}: one call from the guest into Java and back. */
    @Benchmark
    public int hostCall(Guest guest, Numbers numbers) {
        return guest.bench.callHost(numbers.x);
    }

    /** One pool of two binding instances, shared by the threads of a benchmark. */
    @State(Scope.Benchmark)
    public static class SharedPool {
        BenchWasm.Pool pool;

        /** Starts the pool; its instances start on first use. */
        @Setup
        public void open() {
            pool = BenchWasm.builder().benchEnv(Variants.ENV).buildPool(2);
        }

        /** Closes every instance of the pool. */
        @TearDown
        public void close() {
            pool.close();
        }
    }

    /**
     * Echo of 16 bytes from two threads at once, each on an instance of its own ({@link Scope#Thread}): what
     * {@link #pooledEchoFromTwoThreads} compares with.
     */
    @Benchmark
    @Threads(2)
    public String echoFromTwoThreads(Guest guest, SixteenBytes text) {
        return guest.bench.echo(text.text);
    }

    /** Echo of 16 bytes from two threads at once through one {@code BenchWasm.Pool} of two instances. */
    @Benchmark
    @Threads(2)
    public String pooledEchoFromTwoThreads(SharedPool shared, SixteenBytes text) {
        return shared.pool.echo(text.text);
    }
}
