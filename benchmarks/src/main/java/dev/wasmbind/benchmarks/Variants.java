package dev.wasmbind.benchmarks;

import dev.wasmbind.runtime.MemoryKind;

/** The implementations of {@link Bench} every workload runs on, by the values of the {@code variant} parameter. */
final class Variants {
    /** The generated {@code BenchWasm}, on Chicory's compiler (its default engine). */
    static final String BINDING = "binding";
    /**
     * The generated binding built {@code threadConfined()}: not in the default runs, for measuring what the shared
     * instance's atomic ownership check costs ({@code -p variant=binding,bindingConfined,handWritten}).
     */
    static final String BINDING_CONFINED = "bindingConfined";
    /**
     * The generated binding with every argument {@code @Borrowed} ({@link BorrowingBench}): not in the default runs
     * ({@code -p variant=binding,bindingBorrowed,naive}).
     */
    static final String BINDING_BORROWED = "bindingBorrowed";
    /** The generated binding on Chicory's {@code ByteBufferMemory}, for comparing memory implementations. */
    static final String BINDING_BYTE_BUFFER = "bindingByteBuffer";
    /** {@link BestChicoryBench}, on Chicory's compiler. */
    static final String HAND_WRITTEN = "handWritten";
    /** {@link NaiveChicoryBench}, on Chicory's compiler. */
    static final String NAIVE = "naive";
    /** {@link PlainJavaBench}. */
    static final String PLAIN_JAVA = "plainJava";

    /** The host function every variant calls from {@link Bench#callHost}. */
    static final BenchEnv ENV = x -> 2 * x;

    private Variants() {}

    /** A started instance of the variant; close it with {@link #close}. */
    static Bench open(String variant) {
        return switch (variant) {
            case BINDING -> BenchWasm.load(ENV);
            case BINDING_CONFINED -> BenchWasm.builder().benchEnv(ENV).threadConfined().build();
            case BINDING_BORROWED -> BorrowingBenchWasm.load(ENV);
            case BINDING_BYTE_BUFFER -> BenchWasm.builder().benchEnv(ENV).memory(MemoryKind.BYTE_BUFFER).build();
            case HAND_WRITTEN -> new BestChicoryBench(HandWrittenBench.start(compiledBench(), ENV));
            case NAIVE -> new NaiveChicoryBench(HandWrittenBench.start(compiledBench(), ENV));
            case PLAIN_JAVA -> new PlainJavaBench(ENV);
            default -> throw new IllegalArgumentException("unknown variant `" + variant + "`");
        };
    }

    private static ChicoryModule compiledBench() {
        return ChicoryModule.load(ChicoryModule.BENCH, true);
    }

    /** Releases what the variant holds beyond the heap (the binding's WASI context). */
    static void close(Bench bench) throws Exception {
        if (bench instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }
}
