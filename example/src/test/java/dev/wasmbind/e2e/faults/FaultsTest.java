package dev.wasmbind.e2e.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.dylibso.chicory.wasi.WasiOptions;
import dev.wasmbind.runtime.Engine;
import dev.wasmbind.runtime.GuestExitException;
import dev.wasmbind.runtime.GuestPoisonedException;
import dev.wasmbind.runtime.WasmBindException;
import dev.wasmbind.runtime.WasmCallException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntUnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every abnormal end of a call poisons the instance, says why, and never lets a wrong value out. */
class FaultsTest {
    /**
     * Host functions of the hostile guest: {@code fail} throws, {@code call_back} runs what the test says, {@code text}
     * returns as many bytes as asked for.
     */
    static final class TestEnv implements Hostile.Env {
        IntUnaryOperator callBack = x -> x;
        /** What {@code fail} throws, checked or not. */
        Throwable failure = new IllegalArgumentException("the host refuses");

        @Override
        public void fail() {
            throw sneaky(failure);
        }

        @Override
        public int callBack(int x) {
            return callBack.applyAsInt(x);
        }

        @Override
        public String text(int size) {
            return "x".repeat(size);
        }

        /**
         * Makes {@code call_back} wait inside the guest's call until released, then answer {@code then}: a call that
         * stays busy for as long as a test needs.
         */
        Hold holdCallBacks(IntUnaryOperator then) {
            Hold hold = new Hold(new CountDownLatch(1), new CountDownLatch(1));
            callBack = x -> {
                hold.inside().countDown();
                try {
                    hold.released().await();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                return then.applyAsInt(x);
            };
            return hold;
        }
    }

    /** Throws a checked exception where the compiler does not let it, as Kotlin code or a sneaky throw does. */
    @SuppressWarnings("unchecked")
    static <T extends Throwable> RuntimeException sneaky(Throwable thrown) throws T {
        throw (T) thrown;
    }

    /** A {@code call_back} held by {@link TestEnv#holdCallBacks}. */
    record Hold(CountDownLatch inside, CountDownLatch released) {
        void awaitInside() throws InterruptedException {
            inside.await();
        }

        void release() {
            released.countDown();
        }
    }

    private final TestEnv env = new TestEnv();

    private HostileWasm load(Engine engine) {
        return HostileWasm.builder().env(env).engine(engine).build();
    }

    private static void assertPoisonedBy(HostileWasm guest, String export) {
        assertThatThrownBy(() -> guest.add(1, 2))
                .isInstanceOfSatisfying(GuestPoisonedException.class, e -> {
                    assertThat(e.failedExport()).isEqualTo(export);
                    assertThat(e.getCause().exportName()).isEqualTo(export);
                })
                .hasMessageStartingWith("this instance of dev.wasmbind.e2e.faults.Hostile takes no more calls: an "
                        + "earlier call of `" + export + "` ended abnormally (wasm export `" + export + "` ")
                .hasMessageEndingWith(") and may have left the guest's stack or heap corrupted; close it and load a "
                        + "new instance");
        assertThatThrownBy(() -> guest.echo("no")).isInstanceOf(GuestPoisonedException.class);
        guest.close(); // closing still works
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aTrapWithALiveStackFramePoisonsTheInstance(Engine engine) {
        HostileWasm guest = load(engine);

        assertThatThrownBy(() -> guest.trapWithFrame(7))
                .isInstanceOf(WasmCallException.class)
                .hasMessage("wasm export `TrapWithFrame` failed: Trapped on unreachable instruction");
        assertPoisonedBy(guest, "TrapWithFrame");
    }

    @Test
    void manyTrapsNeverReachTheCorruptionTheyWouldCause() {
        // unpoisoned, the ninth trap of an 8 KiB frame left the stack pointer below zero for every later call
        for (int i = 0; i < 12; i++) {
            try (HostileWasm guest = load(Engine.COMPILER)) {
                assertThat(guest.add(i, 1)).isEqualTo(i + 1);
                assertThatThrownBy(() -> guest.trapWithFrame(1)).isInstanceOf(WasmCallException.class);
                assertThatThrownBy(() -> guest.add(1, 1)).isInstanceOf(GuestPoisonedException.class);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aThrowingHostFunctionPoisonsTheInstance(Engine engine) {
        HostileWasm guest = load(engine);

        assertThatThrownBy(() -> guest.failInHost(3))
                .isInstanceOf(WasmCallException.class)
                .hasMessage("wasm export `FailInHost` failed: host function `env.fail` threw "
                        + "java.lang.IllegalArgumentException: the host refuses")
                .cause()
                .isInstanceOf(IllegalArgumentException.class);
        assertPoisonedBy(guest, "FailInHost");
    }

    /** Nested calls of the same export reuse its argument array; the outer calls have read theirs by then. */
    @ParameterizedTest
    @EnumSource(Engine.class)
    void anExportCalledAgainFromItsOwnHostFunctionKeepsEveryLevelsArguments(Engine engine) {
        HostileWasm guest = load(engine);
        // CallBack(x) = call_back(x) + 1, and call_back(x) = CallBack(x + 1) below 3: 7 for x = 0
        env.callBack = x -> x < 3 ? guest.callBack(x + 1) : x;

        assertThat(guest.callBack(0)).isEqualTo(7);
        assertThat(guest.callBack(2)).isEqualTo(5);
    }

    @Test
    void aNestedFailureThatAHostFunctionSwallowsStillFailsTheOuterCall() {
        HostileWasm guest = load(Engine.COMPILER);
        env.callBack = x -> {
            try {
                return guest.trapWithFrame(x);
            } catch (WasmCallException e) {
                return 41; // what a careless host might do
            }
        };

        assertThatThrownBy(() -> guest.callBack(1))
                .isInstanceOfSatisfying(GuestPoisonedException.class,
                        e -> assertThat(e.failedExport()).isEqualTo("TrapWithFrame"));
        assertPoisonedBy(guest, "TrapWithFrame");
    }

    @Test
    void aNestedCallAfterANestedFailureIsRefusedBeforeTheGuestRuns() {
        HostileWasm guest = load(Engine.COMPILER);
        AtomicInteger callBacks = new AtomicInteger();
        AtomicReference<Throwable> nestedAfterFailure = new AtomicReference<>();
        env.callBack = x -> {
            if (callBacks.incrementAndGet() == 1) {
                assertThatThrownBy(() -> guest.trapWithFrame(x)).isInstanceOf(WasmCallException.class);
                // CallBack would call back into the host once more if the guest ran
                nestedAfterFailure.set(catchThrowable(() -> guest.callBack(x)));
            }
            return 41;
        };

        assertThatThrownBy(() -> guest.callBack(1)).isInstanceOf(GuestPoisonedException.class);
        assertThat(nestedAfterFailure.get()).isInstanceOfSatisfying(GuestPoisonedException.class,
                e -> assertThat(e.failedExport()).isEqualTo("TrapWithFrame"));
        assertThat(callBacks).hasValue(1);
        guest.close();
    }

    @Test
    void reentrantCallsFromHostFunctionsKeepWorking() {
        try (HostileWasm guest = load(Engine.COMPILER)) {
            env.callBack = x -> guest.add(x, 100) + guest.echo("nested").length();

            assertThat(guest.callBack(1)).isEqualTo(1 + 100 + 6 + 1);
            assertThat(guest.echo("after")).isEqualTo("after");
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void quotesATinyGoPanicPrintedToStdout(Engine engine) {
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        HostileWasm guest = HostileWasm.builder().env(env).engine(engine)
                .wasi(WasiOptions.builder().withStdout(stdout).build())
                .build();

        assertThatThrownBy(() -> guest.panicStdout("runtime error: slice out of range"))
                .isInstanceOfSatisfying(WasmCallException.class,
                        e -> assertThat(e.guestPanic()).contains("runtime error: slice out of range"))
                .hasMessage("wasm export `PanicStdout` panicked: runtime error: slice out of range");
        assertThat(stdout.toString(StandardCharsets.UTF_8)).isEqualTo("panic: runtime error: slice out of range\n");
        assertPoisonedBy(guest, "PanicStdout");
    }

    @Test
    void quotesATinyGoPanicPrintedToStderrAndStillPrintsIt() {
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        HostileWasm guest = HostileWasm.builder().env(env)
                .wasi(WasiOptions.builder().withStderr(stderr).build())
                .build();

        assertThatThrownBy(() -> guest.panicStderr("runtime error: index out of range [3] with length 1"))
                .hasMessage("wasm export `PanicStderr` panicked: runtime error: index out of range [3] with length 1");
        assertThat(stderr.toString(StandardCharsets.UTF_8))
                .isEqualTo("panic: runtime error: index out of range [3] with length 1\n");
        guest.close();
    }

    @Test
    void quotesOnlyThePanicOfTheFailingCall() {
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        WasiOptions wasi = WasiOptions.builder().withStdout(stdout).build();
        try (HostileWasm guest = HostileWasm.builder().env(env).wasi(wasi).build()) {
            // ordinary output and then a trap: no panic to quote
            assertThatThrownBy(guest::printThenTrap)
                    .isInstanceOfSatisfying(WasmCallException.class, e -> assertThat(e.guestPanic()).isEmpty())
                    .hasMessage("wasm export `PrintThenTrap` failed: Trapped on unreachable instruction");
        }
        assertThat(stdout.toString(StandardCharsets.UTF_8)).isEqualTo("about to fail\n");
    }

    @Test
    void keepsABoundedTailOfALongPanic() {
        String longMessage = "x".repeat(100_000);
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        try (HostileWasm guest = HostileWasm.builder().env(env)
                .wasi(WasiOptions.builder().withStdout(stdout).build()).build()) {
            assertThatThrownBy(() -> guest.panicStdout(longMessage))
                    .isInstanceOfSatisfying(WasmCallException.class,
                            e -> assertThat(e.guestPanic()).isEmpty()) // its start fell out of the kept tail
                    .hasMessage("wasm export `PanicStdout` failed: Trapped on unreachable instruction");
        }
        assertThat(stdout.size()).isEqualTo("panic: ".length() + 100_000 + 1);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void anExitInTheMiddleOfACallPoisonsTheInstance(Engine engine) {
        HostileWasm guest = load(engine);

        assertThatThrownBy(() -> guest.exitMidCall(3))
                .isInstanceOfSatisfying(GuestExitException.class, e -> assertThat(e.exitCode()).isEqualTo(3))
                .hasMessage("wasm export `ExitMidCall` failed: the guest exited with code 3");
        assertPoisonedBy(guest, "ExitMidCall");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void runawayRecursionPoisonsTheInstance(Engine engine) {
        HostileWasm guest = load(engine);

        assertThatThrownBy(() -> guest.recurse(0))
                .isInstanceOf(WasmCallException.class)
                .hasMessageStartingWith("wasm export `Recurse` failed: ");
        assertPoisonedBy(guest, "Recurse");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aCallTimeoutStopsASpinningGuestAndLeavesTheInterruptStatusAlone(Engine engine) {
        HostileWasm guest = HostileWasm.builder().env(env).engine(engine).callTimeout(Duration.ofMillis(200)).build();
        assertThat(guest.add(2, 3)).isEqualTo(5); // calls that end in time are untouched

        long start = System.nanoTime();
        assertThatThrownBy(guest::spin)
                .isInstanceOf(WasmCallException.class)
                .hasMessage("wasm export `Spin` failed: the call ran longer than its time limit of 200 ms "
                        + "(builder().callTimeout(...)) and was stopped");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
        assertPoisonedBy(guest, "Spin");
    }

    @Test
    void aUsersInterruptStopsTheCallAndStaysSet() throws InterruptedException {
        HostileWasm guest = load(Engine.COMPILER);
        Thread caller = Thread.currentThread();
        Thread interrupter = new Thread(() -> {
            try {
                Thread.sleep(150);
            } catch (InterruptedException e) {
                return;
            }
            caller.interrupt();
        });
        interrupter.start();
        try {
            assertThatThrownBy(guest::spin)
                    .isInstanceOf(WasmCallException.class)
                    .hasMessage("wasm export `Spin` failed: the calling thread was interrupted, which stops the guest");
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
            interrupter.join();
        }
        assertPoisonedBy(guest, "Spin");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void capsGuestMemorySoGrowthFailsInsideTheGuest(Engine engine) {
        try (HostileWasm guest = HostileWasm.builder().env(env).engine(engine).maxMemoryPages(40).build()) {
            assertThat(guest.growUntilRefused()).isEqualTo(40);
            assertThat(guest.add(1, 1)).isEqualTo(2); // memory.grow returning -1 is no failure
        }
        // a cap as large as the module's start is no reason to refuse it; the largest cap is the whole 4 GiB
        try (HostileWasm guest = HostileWasm.builder().env(env).engine(engine).maxMemoryPages(2).build()) {
            assertThat(guest.growUntilRefused()).isEqualTo(2);
        }
        HostileWasm.builder().maxMemoryPages(65536);
    }

    @Test
    void refusesAModuleThatStartsAboveTheMemoryCap() {
        assertThatThrownBy(() -> HostileWasm.builder().env(env).maxMemoryPages(1).build())
                .isInstanceOf(WasmBindException.class)
                .hasMessage("hostile.wasm starts with 2 pages of memory, more than maxMemoryPages(1) allows; "
                        + "raise the cap");
        assertThatThrownBy(() -> HostileWasm.builder().maxMemoryPages(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxMemoryPages must be from 1 to 65536 (4 GiB), not 0");
        assertThatThrownBy(() -> HostileWasm.builder().callTimeout(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("callTimeout must be positive, not PT0S");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aResultOutsideGuestMemoryFailsCleanlyAndFreesNothing(Engine engine) {
        try (HostileWasm guest = load(engine)) {
            int live = guest.liveAllocations();
            String outside = "the region of 100 bytes at 4294967280 lies outside the guest's memory of 131072 bytes";

            assertThatThrownBy(guest::outOfBounds)
                    .isInstanceOf(WasmBindException.class)
                    .isNotInstanceOf(WasmCallException.class)
                    .hasMessage(outside);
            assertThatThrownBy(guest::outOfBoundsPacked).isInstanceOf(WasmBindException.class).hasMessage(outside);
            // the rejected host-owned region went to no free(), and the instance is fine
            assertThat(guest.liveAllocations()).isEqualTo(live);
            assertThat(guest.hostOwned("mine")).isEqualTo("mine");
            assertThat(guest.liveAllocations()).isEqualTo(live);
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aResultTheGuestDidNotWriteIsEmptyNeverThePreviousOne(Engine engine) {
        try (HostileWasm guest = load(engine)) {
            assertThat(guest.echo("secret")).isEqualTo("secret");

            assertThat(guest.noWrite()).isEmpty();
        }
    }

    @Test
    void encodesUnpairedSurrogatesAsTheReplacementCharacterLikeResults() {
        try (HostileWasm guest = load(Engine.COMPILER)) {
            int live = guest.liveAllocations();

            assertThat(guest.echo("a\uD800b")).isEqualTo("a\uFFFDb");
            assertThat(guest.echo("\uDC00")).isEqualTo("\uFFFD");
            assertThat(guest.echo("x\uD83D")).isEqualTo("x\uFFFD");
            assertThat(guest.echo("pair \uD83D\uDE00 kept")).isEqualTo("pair \uD83D\uDE00 kept");
            assertThat(guest.liveAllocations()).isEqualTo(live);
        }
    }

    @Test
    void closingTwiceAndClosingAPoisonedInstanceAreFine() {
        HostileWasm guest = load(Engine.INTERPRETER);
        assertThatThrownBy(() -> guest.trapWithFrame(1)).isInstanceOf(WasmCallException.class);
        guest.close();
        guest.close();

        assertThatThrownBy(() -> guest.add(1, 1))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("this instance of dev.wasmbind.e2e.faults.Hostile is closed: make every call before "
                        + "close() (inside its try-with-resources block), or load a new instance");
    }
}
