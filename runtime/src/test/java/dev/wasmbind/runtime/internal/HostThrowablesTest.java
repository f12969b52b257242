package dev.wasmbind.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.dylibso.chicory.runtime.HostFunction;
import com.dylibso.chicory.wasm.types.FunctionType;
import dev.wasmbind.runtime.Engine;
import dev.wasmbind.runtime.GuestPoisonedException;
import dev.wasmbind.runtime.WasmCallException;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A raw Chicory host function that throws anything at all, including what Java's checks let through only by a
 * sneaky throw, ends the call like any other failure: wrapped, poisoned, released, its timer stopped.
 */
class HostThrowablesTest {
    /** An {@link Error} of the host's own. */
    static final class HostError extends Error {
        HostError(String message) {
            super(message);
        }
    }

    /** Throws a checked exception where the compiler does not let it: what Kotlin, Scala or Lombok code does. */
    @SuppressWarnings("unchecked")
    static <T extends Throwable> RuntimeException sneaky(Throwable thrown) throws T {
        throw (T) thrown;
    }

    static Stream<Arguments> throwablesOnEngines() {
        return Stream.of(Engine.values()).flatMap(engine -> Stream.of(
                Arguments.of(engine, new IOException("disk gone")),
                Arguments.of(engine, new HostError("host broke")),
                Arguments.of(engine, new NoClassDefFoundError("org/example/Missing")),
                Arguments.of(engine, new Throwable("neither exception nor error"))));
    }

    private static HostFunction throwing(Throwable thrown) {
        return new HostFunction("probe", "seen", FunctionType.empty(), (instance, args) -> {
            throw sneaky(thrown);
        });
    }

    private static Guest start(Engine engine, Throwable thrown, Duration callTimeout) {
        return new GuestTest.TestBuilder(ProbeGuest.BINDING, engine)
                .hostFunctions(throwing(thrown))
                .callTimeout(callTimeout)
                .build();
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
    void poisonsReleasesAndStopsTheTimer(Engine engine, Throwable thrown) throws InterruptedException {
        Guest guest = start(engine, thrown, Duration.ofMillis(20));

        assertThatThrownBy(() -> guest.function(ProbeGuest.PROBE).callVoid())
                .isInstanceOf(WasmCallException.class)
                .hasMessage("wasm export `probe` failed: " + thrown)
                .cause().isSameAs(thrown);
        assertThat(guest.isUsable()).isFalse();
        // the instance is free for other threads, which are told why it takes no calls
        assertThat(onAnotherThread(() -> guest.function(ProbeGuest.PROBE).callVoid()))
                .isInstanceOf(GuestPoisonedException.class)
                .hasRootCause(thrown);
        // a timer left running would interrupt this sleep
        Thread.sleep(100);
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
        assertThat(onAnotherThread(guest::close)).isNull();
    }

    @ParameterizedTest
    @MethodSource("throwablesOnEngines")
    void aPoolReplacesTheInstance(Engine engine, Throwable thrown) {
        AtomicInteger starts = new AtomicInteger();
        try (GuestPool<Guest> pool = new GuestPool<>(1, () -> {
            starts.incrementAndGet();
            return start(engine, thrown, Duration.ofMinutes(1));
        }, guest -> guest, Duration.ofMinutes(1))) {
            GuestPool.Lease<Guest> first = pool.borrow();
            assertThatThrownBy(() -> first.binding().function(ProbeGuest.PROBE).callVoid())
                    .isInstanceOf(WasmCallException.class);
            first.release();

            GuestPool.Lease<Guest> second = pool.borrow();
            assertThat(second.binding()).isNotSameAs(first.binding());
            assertThat(second.binding().isUsable()).isTrue();
            second.release();
            assertThat(starts).hasValue(2);
        }
    }
}
