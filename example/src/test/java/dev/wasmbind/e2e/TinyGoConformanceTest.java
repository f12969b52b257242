package dev.wasmbind.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.dylibso.chicory.runtime.HostFunction;
import com.dylibso.chicory.wasm.types.FunctionType;
import com.dylibso.chicory.wasm.types.ValType;
import dev.wasmbind.runtime.Engine;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Generated bindings against modules built by real TinyGo releases (command and reactor builds). */
class TinyGoConformanceTest {
    private static final int CALLS = 10_000;

    /** Stands in for {@code env.log}: records the text and, as a measure of the guest's heap, its memory size. */
    static final class LogRecorder {
        final List<String> lines = new ArrayList<>();
        final TreeSet<Integer> memoryPages = new TreeSet<>();

        HostFunction function() {
            return new HostFunction(
                    "env", "log", FunctionType.of(List.of(ValType.I32, ValType.I32), List.of()), (instance, args) -> {
                        lines.add(instance.memory().readString((int) args[0], (int) args[1]));
                        memoryPages.add(instance.memory().pages());
                        return null;
                    });
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"wazero-greet-0.23", "wazero-greet-0.27"})
    void readsGuestOwnedGreetingsWithoutLeaking(String build) {
        Path module = TinyGoFixtures.require(build + "/greet.wasm");
        LogRecorder log = new LogRecorder();
        try (WazeroGreetWasm guest = WazeroGreetWasm.builder().module(module).hostFunctions(log.function()).build()) {
            assertThat(guest.greeting("wazero")).isEqualTo("Hello, wazero!");
            assertThat(guest.greeting("")).isEqualTo("Hello, !");
            assertThat(guest.greeting("wörld 🌍")).isEqualTo("Hello, wörld 🌍!");

            assertMemoryStopsGrowing(log, () -> guest.greeting("wazero"), guest::greet);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"wazero-greet-0.28.1", "wazero-greet-0.35.0"})
    void freesHostOwnedGreetingsWithoutLeaking(String build) {
        Path module = TinyGoFixtures.require(build + "/greet.wasm");
        LogRecorder log = new LogRecorder();
        try (WazeroGreetHostFreesWasm guest =
                WazeroGreetHostFreesWasm.builder().module(module).hostFunctions(log.function()).build()) {
            assertThat(guest.greeting("wazero")).isEqualTo("Hello, wazero!");
            assertThat(guest.greeting("wörld 🌍")).isEqualTo("Hello, wörld 🌍!");

            assertMemoryStopsGrowing(log, () -> guest.greeting("wazero"), guest::greet);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"wazero-greet-0.23", "wazero-greet-0.27", "wazero-greet-0.28.1", "wazero-greet-0.35.0"})
    void passesStringParametersThatTheGuestReadsAsPointerAndSize(String build) {
        Path module = TinyGoFixtures.require(build + "/greet.wasm");
        LogRecorder log = new LogRecorder();
        try (WazeroGreetWasm guest = WazeroGreetWasm.builder().module(module).hostFunctions(log.function()).build()) {
            guest.greet("wazero");
        }

        assertThat(log.lines).containsExactly("wasm >> Hello, wazero!");
    }

    @Test
    void runsTheReactorBuildOnTheInterpreterToo() {
        Path module = TinyGoFixtures.require("wazero-greet-0.35.0/greet.wasm");
        LogRecorder log = new LogRecorder();
        try (WazeroGreetHostFreesWasm guest = WazeroGreetHostFreesWasm.builder()
                .module(module)
                .engine(Engine.INTERPRETER)
                .hostFunctions(log.function())
                .build()) {
            assertThat(guest.greeting("interpreter")).isEqualTo("Hello, interpreter!");
        }
    }

    @Test
    void wrapsUnsignedArithmeticOfACommandBuild() {
        Path module = TinyGoFixtures.require("chicory-sum/sum.wasm");
        try (ChicorySumWasm guest = ChicorySumWasm.builder().module(module).build()) {
            assertThat(guest.add(40, 2)).isEqualTo(42);
            assertThat(guest.add(0xFFFF_FFFFL, 1)).isZero();
            assertThat(guest.add(0xFFFF_FFFFL, 0)).isEqualTo(4294967295L);
        }
    }

    /**
     * Calls {@code greeting} many times, sampling the guest's memory size through {@code greet}'s log call: a
     * leak of even a few bytes a call would grow the heap by pages over {@link #CALLS} calls.
     */
    private static void assertMemoryStopsGrowing(LogRecorder log, Runnable greeting, java.util.function.Consumer<String> greet) {
        for (int i = 0; i < CALLS / 10; i++) {
            greeting.run();
        }
        greet.accept("warm");
        int pagesAfterWarmUp = log.memoryPages.last();
        for (int round = 0; round < 9; round++) {
            for (int i = 0; i < CALLS / 10; i++) {
                greeting.run();
            }
            greet.accept("round " + round);
        }

        assertThat(log.memoryPages.last()).as("memory pages after %d calls", CALLS).isEqualTo(pagesAfterWarmUp);
    }
}
