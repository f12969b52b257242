package dev.wasmbind.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dylibso.chicory.runtime.Instance;
import dev.wasmbind.runtime.Engine;
import dev.wasmbind.runtime.GuestPoisonedException;
import dev.wasmbind.runtime.WasmCallException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** How a call ends when a host function overruns the time limit, or closes the instance it runs in. */
class CallEndsTest {
    private static final String TIME_LIMIT_PASSED = "wasm export `probe` failed: the call ran longer than its time "
            + "limit of 50 ms (builder().callTimeout(...)) and was stopped";

    private static Guest start(Engine engine, Duration callTimeout, Consumer<Instance> onProbe) {
        return new GuestTest.TestBuilder(ProbeGuest.BINDING, engine)
                .hostFunctions(ProbeGuest.seen(onProbe))
                .callTimeout(callTimeout)
                .build();
    }

    /** Until the time limit interrupts the thread; the interrupt is then cleared, as a careless host does. */
    private static void swallowTheInterrupt() {
        while (!Thread.interrupted()) {
            Thread.onSpinWait();
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aCallThatReturnsAfterItsLimitFailsWithTheTimeLimit(Engine engine) {
        Guest guest = start(engine, Duration.ofMillis(50), instance -> swallowTheInterrupt());

        assertThatThrownBy(() -> guest.function(ProbeGuest.PROBE).callVoid())
                .isInstanceOf(WasmCallException.class)
                .hasMessage(TIME_LIMIT_PASSED)
                .hasNoCause();
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
        assertThatThrownBy(() -> guest.function(ProbeGuest.PROBE).callVoid())
                .isInstanceOf(GuestPoisonedException.class);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aNestedCallThatReturnsAfterTheLimitFailsAndSoDoesTheOuterOne(Engine engine) {
        AtomicReference<Guest> started = new AtomicReference<>();
        AtomicInteger probes = new AtomicInteger();
        AtomicReference<Throwable> nested = new AtomicReference<>();
        Guest guest = start(engine, Duration.ofMillis(50), instance -> {
            if (probes.incrementAndGet() == 1) {
                swallowTheInterrupt();
                try {
                    started.get().function(ProbeGuest.PROBE).callVoid(); // returns at once, but late
                } catch (WasmCallException e) {
                    nested.set(e);
                    throw e;
                }
            }
        });
        started.set(guest);

        assertThatThrownBy(() -> guest.function(ProbeGuest.PROBE).callVoid())
                .isInstanceOf(WasmCallException.class)
                .hasMessage(TIME_LIMIT_PASSED);
        assertThat(nested.get()).hasMessage(TIME_LIMIT_PASSED);
        assertThat(probes).hasValue(2);
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aNestedCallThatReturnsInTimeLeavesTheOuterCallsClockRunning(Engine engine) {
        AtomicReference<Guest> started = new AtomicReference<>();
        AtomicInteger probes = new AtomicInteger();
        Guest guest = start(engine, Duration.ofSeconds(2), instance -> {
            if (probes.incrementAndGet() == 1) {
                started.get().function(ProbeGuest.PROBE).callVoid();
                long giveUp = System.nanoTime() + Duration.ofSeconds(10).toNanos();
                while (!Thread.interrupted() && System.nanoTime() < giveUp) {
                    Thread.onSpinWait();
                }
            }
        });
        started.set(guest);

        assertThatThrownBy(() -> guest.function(ProbeGuest.PROBE).callVoid())
                .isInstanceOf(WasmCallException.class)
                .hasMessage("wasm export `probe` failed: the call ran longer than its time limit of 2000 ms "
                        + "(builder().callTimeout(...)) and was stopped");
        assertThat(probes).hasValue(2);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aCallsClockMayStartBeforeTheCallAsAPoolsWaitDoes(Engine engine) {
        Guest guest = start(engine, Duration.ofMinutes(1), instance -> {
            long giveUp = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (!Thread.interrupted() && System.nanoTime() < giveUp) {
                Thread.onSpinWait();
            }
        });
        guest.startClockAt(System.nanoTime() - Duration.ofMinutes(2).toNanos());

        // the minute was used up before the call began: it is stopped at once
        assertThatThrownBy(() -> guest.function(ProbeGuest.PROBE).callVoid())
                .isInstanceOf(WasmCallException.class)
                .hasMessage("wasm export `probe` failed: the call ran longer than its time limit of 60000 ms "
                        + "(builder().callTimeout(...)) and was stopped");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aHostFunctionThatClosesItsInstanceClosesItWhenTheOutermostCallEnds(Engine engine) {
        AtomicReference<Guest> started = new AtomicReference<>();
        AtomicReference<Boolean> usableAfterClose = new AtomicReference<>();
        Guest guest = start(engine, Duration.ofMinutes(1), instance -> {
            started.get().close();
            usableAfterClose.set(started.get().isUsable());
        });
        started.set(guest);

        guest.function(ProbeGuest.PROBE).callVoid();

        assertThat(usableAfterClose.get()).isTrue();
        assertThat(guest.isUsable()).isFalse();
        assertThatThrownBy(() -> guest.function(ProbeGuest.PROBE).callVoid())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("this instance of test.Probe is closed: make every call before "
                        + "close() (inside its try-with-resources block), or load a new instance");
    }
}
