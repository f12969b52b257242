package dev.wasmbind.e2e.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.dylibso.chicory.wasi.WasiOptions;
import dev.wasmbind.runtime.Engine;
import dev.wasmbind.runtime.GuestPoisonedException;
import dev.wasmbind.runtime.WasmBindException;
import dev.wasmbind.runtime.WasmCallException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Host functions at the edges of a call: whatever they throw, a panic under them, the time limit passing while they
 * run, closing their own instance, and calling back into the guest without end.
 */
class HostFaultsTest {
    /** An {@link Error} of the host's own. */
    static final class HostError extends Error {
        HostError(String message) {
            super(message);
        }
    }

    private static final WasiOptions QUIET = WasiOptions.builder()
            .withStdout(OutputStream.nullOutputStream())
            .withStderr(OutputStream.nullOutputStream())
            .build();

    private final FaultsTest.TestEnv env = new FaultsTest.TestEnv();

    static Stream<Arguments> throwablesOnEngines() {
        return Stream.of(Engine.values()).flatMap(engine -> Stream.of(
                Arguments.of(engine, new IOException("disk gone")),
                Arguments.of(engine, new HostError("host broke")),
                Arguments.of(engine, new NoClassDefFoundError("org/example/Missing")),
                Arguments.of(engine, new Throwable("neither exception nor error"))));
    }

    private static Throwable onAnotherThread(Runnable action) throws InterruptedException {
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread thread = new Thread(() -> thrown.set(catchThrowable(action::run)));
        thread.start();
        thread.join();
        return thrown.get();
    }

    @ParameterizedTest
    @MethodSource("throwablesOnEngines")
    void whateverATypedHostFunctionThrowsPoisonsReleasesAndStopsTheTimer(Engine engine, Throwable thrown)
            throws InterruptedException {
        env.failure = thrown;
        HostileWasm guest = HostileWasm.builder().env(env).engine(engine).callTimeout(Duration.ofMillis(200)).build();

        assertThatThrownBy(() -> guest.failInHost(1))
                .isInstanceOf(WasmCallException.class)
                .hasMessage("wasm export `FailInHost` failed: host function `env.fail` threw " + thrown)
                .cause().isSameAs(thrown);
        // other threads may take the instance, and are told why it takes no calls
        assertThat(onAnotherThread(() -> guest.add(1, 2)))
                .isInstanceOfSatisfying(GuestPoisonedException.class,
                        e -> assertThat(e.failedExport()).isEqualTo("FailInHost"));
        // a timer left running would interrupt this sleep
        Thread.sleep(400);
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
        assertThat(onAnotherThread(guest::close)).isNull();
    }

    @ParameterizedTest
    @MethodSource("throwablesOnEngines")
    void aPoolReplacesAnInstanceWhoseHostFunctionThrewAnything(Engine engine, Throwable thrown) {
        env.failure = thrown;
        try (HostileWasm.Pool pool = HostileWasm.builder().env(env).engine(engine).buildPool(1)) {
            assertThatThrownBy(() -> pool.failInHost(1)).isInstanceOf(WasmCallException.class).cause().isSameAs(thrown);

            assertThat(pool.add(1, 2)).isEqualTo(3);
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void quotesAPanicOfTheAllocatorThatAHostFunctionsResultNeeds(Engine engine) {
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        HostileWasm guest = HostileWasm.builder().env(env).engine(engine)
                .wasi(WasiOptions.builder().withStderr(stderr).build())
                .build();
        assertThat(guest.textLength(10)).isEqualTo(10);

        assertThatThrownBy(() -> guest.textLength(2 << 20))
                .isInstanceOfSatisfying(WasmCallException.class,
                        e -> assertThat(e.guestPanic()).contains("runtime error: out of memory"))
                .hasMessage("wasm export `TextLength` panicked: runtime error: out of memory")
                .cause()
                .isInstanceOf(com.dylibso.chicory.runtime.TrapException.class);
        assertThat(stderr.toString(StandardCharsets.UTF_8)).isEqualTo("panic: runtime error: out of memory\n");
        assertThatThrownBy(() -> guest.add(1, 1)).isInstanceOf(GuestPoisonedException.class);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void theTimeLimitPassingInAHostFunctionThatStopsOnTheInterruptFailsWithTheTimeLimit(Engine engine) {
        env.callBack = x -> {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                throw new IllegalStateException("sleep interrupted", e);
            }
            return x;
        };
        HostileWasm guest = HostileWasm.builder().env(env).engine(engine).callTimeout(Duration.ofMillis(50)).build();

        assertThatThrownBy(() -> guest.callBack(1))
                .isInstanceOf(WasmCallException.class)
                .hasMessage("wasm export `CallBack` failed: the call ran longer than its time limit of 50 ms "
                        + "(builder().callTimeout(...)) and was stopped");
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
        assertThatThrownBy(() -> guest.add(1, 1)).isInstanceOf(GuestPoisonedException.class);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aHostFunctionThatSwallowsTheInterruptAndOverrunsStillFailsTheCall(Engine engine) {
        env.callBack = x -> {
            while (!Thread.interrupted()) {
                Thread.onSpinWait(); // until the limit interrupts it, which it then clears and ignores
            }
            return x;
        };
        HostileWasm guest = HostileWasm.builder().env(env).engine(engine)
                .callTimeout(Duration.ofMillis(50).plusNanos(500_000))
                .build();

        assertThatThrownBy(() -> guest.callBack(1))
                .isInstanceOf(WasmCallException.class)
                .hasMessage("wasm export `CallBack` failed: the call ran longer than its time limit of 50.5 ms "
                        + "(builder().callTimeout(...)) and was stopped");
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
        assertThatThrownBy(() -> guest.add(1, 1)).isInstanceOf(GuestPoisonedException.class);
    }

    @Test
    void aPoolCallsWaitForAnInstanceCountsAgainstItsTimeLimit() throws InterruptedException {
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch released = new CountDownLatch(1);
        env.callBack = x -> {
            inside.countDown();
            // busy until released and until the time limit has interrupted it, whose timer may fire late on a
            // loaded machine; given up after ten seconds, so that a limit that never fires fails the test
            long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            boolean interrupted = false;
            while ((released.getCount() > 0 || !interrupted) && System.nanoTime() - giveUp < 0) {
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            return x;
        };
        try (HostileWasm.Pool pool = HostileWasm.builder().env(env).wasi(QUIET)
                .callTimeout(Duration.ofMillis(100)).buildPool(1)) {
            AtomicReference<Throwable> busy = new AtomicReference<>();
            Thread holder = new Thread(() -> busy.set(catchThrowable(() -> pool.callBack(1))));
            holder.start();
            inside.await();

            assertThatThrownBy(() -> pool.add(1, 2))
                    .isInstanceOf(WasmBindException.class)
                    .isNotInstanceOf(WasmCallException.class)
                    .hasMessage("no instance of the pool became free within the call time limit of 100 ms "
                            + "(builder().callTimeout(...)), which covers the wait for an instance: every one of its "
                            + "1 instances stayed busy; allow more instances, or a longer time limit");
            released.countDown();
            holder.join();
            assertThat(busy.get()).isInstanceOf(WasmCallException.class)
                    .hasMessageEndingWith("time limit of 100 ms (builder().callTimeout(...)) and was stopped");
            assertThat(pool.add(1, 2)).isEqualTo(3);
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aHostFunctionThatClosesItsOwnInstanceClosesItWhenTheCallEnds(Engine engine) {
        HostileWasm guest = HostileWasm.builder().env(env).engine(engine).build();
        env.callBack = x -> {
            guest.close();
            // the rest of the call runs as usual, nested calls included
            return guest.add(x, 10) + guest.echo("still open").length();
        };

        assertThat(guest.callBack(1)).isEqualTo(1 + 10 + 10 + 1);
        assertThatThrownBy(() -> guest.add(1, 1))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("this instance of dev.wasmbind.e2e.faults.Hostile is closed: make every call before "
                        + "close() (inside its try-with-resources block), or load a new instance");
        guest.close(); // closing again is fine
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void runawayRecursionThroughAHostFunctionEndsWithABoundedMessageAndChain(Engine engine) {
        HostileWasm guest = HostileWasm.builder().env(env).engine(engine).build();
        env.callBack = x -> guest.callBack(x + 1);

        Throwable thrown = catchThrowable(() -> guest.callBack(0));

        assertThat(thrown).isInstanceOf(WasmCallException.class)
                .hasMessageStartingWith("wasm export `CallBack` failed: host function `env.call_back` threw "
                        + "dev.wasmbind.runtime.WasmCallException: wasm export `CallBack` failed: host function "
                        + "`env.call_back` threw dev.wasmbind.runtime.WasmCallException: wasm export `CallBack` ")
                .hasMessageContaining(" characters left out ...] ");
        assertThat(thrown.getMessage().length()).isLessThan(2200);
        int depth = 0;
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            depth++;
        }
        assertThat(depth).isBetween(9, 17);
        assertThat(thrown.getCause()).isInstanceOf(WasmCallException.class);
        assertThatThrownBy(() -> guest.add(1, 1)).isInstanceOf(GuestPoisonedException.class);
    }
}
