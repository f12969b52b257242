package dev.wasmbind.benchmarks;

import com.dylibso.chicory.runtime.ImportValues;
import dev.wasmbind.runtime.Engine;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * From nothing to the first result, once per fresh JVM (each fork): loading the module from the classpath,
 * parsing, compiling (or not), instantiating, starting the guest and one call. The README reports the median over
 * the forks. Nothing of Chicory or wasmbind is loaded before the measured call: the state holds strings only.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(5)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@State(Scope.Benchmark)
public class ColdStart {
    /** The generated binding on its default engine, Chicory's compiler. */
    static final String BINDING = "binding";
    static final String BINDING_INTERPRETER = "bindingInterpreter";
    static final String CHICORY_COMPILER = "chicoryCompiler";
    static final String CHICORY_INTERPRETER = "chicoryInterpreter";

    @Param({BINDING, BINDING_INTERPRETER, CHICORY_COMPILER, CHICORY_INTERPRETER})
    String variant;

    /** {@code bench.wasm} (15 KB): the 22-byte string of {@code ReturnString}. */
    @Benchmark
    public String smallGuest() throws Exception {
        return switch (variant) {
            case BINDING -> firstString(BenchWasm.builder().benchEnv(Variants.ENV).build());
            case BINDING_INTERPRETER -> firstString(
                    BenchWasm.builder().benchEnv(Variants.ENV).engine(Engine.INTERPRETER).build());
            case CHICORY_COMPILER -> firstString(true);
            case CHICORY_INTERPRETER -> firstString(false);
            default -> throw new IllegalArgumentException(variant);
        };
    }

    /** {@code large.wasm} (1.1 MB, 4096 functions): one call of one of them. */
    @Benchmark
    public int largeGuest() {
        return switch (variant) {
            case BINDING -> firstDispatch(LargeWasm.builder().build());
            case BINDING_INTERPRETER -> firstDispatch(LargeWasm.builder().engine(Engine.INTERPRETER).build());
            case CHICORY_COMPILER -> firstDispatch(true);
            case CHICORY_INTERPRETER -> firstDispatch(false);
            default -> throw new IllegalArgumentException(variant);
        };
    }

    private static String firstString(BenchWasm guest) {
        try (guest) {
            return guest.returnString();
        }
    }

    private static String firstString(boolean compiled) {
        ChicoryModule bench = ChicoryModule.load(ChicoryModule.BENCH, compiled);
        return new BestChicoryBench(HandWrittenBench.start(bench, Variants.ENV)).returnString();
    }

    private static int firstDispatch(LargeWasm guest) {
        try (guest) {
            return guest.dispatch(0, 1);
        }
    }

    private static int firstDispatch(boolean compiled) {
        return (int) ChicoryModule.load(ChicoryModule.LARGE, compiled)
                .start(ImportValues.empty())
                .export("Dispatch")
                .apply(0, 1)[0];
    }
}
