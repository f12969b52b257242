package dev.wasmbind.e2e.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dylibso.chicory.wasi.WasiOptions;
import dev.wasmbind.runtime.WasmBindException;
import dev.wasmbind.runtime.WasmCallException;
import java.io.OutputStream;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The rules of a generated {@code Pool}, one at a time; {@link ConcurrencyTest} puts it under load. */
class PoolTest {
    private final FaultsTest.TestEnv env = new FaultsTest.TestEnv();

    private HostileWasm.Pool pool(int maxInstances) {
        WasiOptions quiet = WasiOptions.builder().withStderr(OutputStream.nullOutputStream()).build();
        return HostileWasm.builder().env(env).wasi(quiet).buildPool(maxInstances);
    }

    @Test
    void replacesAnInstanceWhoseCallFailed() {
        try (HostileWasm.Pool pool = pool(1)) {
            assertThat(pool.echo("kept")).isEqualTo("kept");
            assertThatThrownBy(() -> pool.reverse("panic now"))
                    .isInstanceOf(WasmCallException.class)
                    .hasMessage("wasm export `Reverse` panicked: panic now");

            // the one instance was poisoned: a new one serves the next call
            assertThat(pool.reverse("abc")).isEqualTo("cba");
        }
    }

    @Test
    void reusesAnIdleInstanceRatherThanStartingAnother() {
        try (HostileWasm.Pool pool = pool(3)) {
            assertThat(pool.echo("first")).isEqualTo("first");
            int live = pool.liveAllocations();

            // the echo buffer of the first call is still there: the same instance served both
            assertThat(pool.echo("second")).isEqualTo("second");
            assertThat(pool.liveAllocations()).isEqualTo(live);
        }
    }

    @Test
    void makesACallerWaitWhileEveryInstanceIsBusy() throws InterruptedException {
        FaultsTest.Hold hold = env.holdCallBacks(x -> x);
        try (HostileWasm.Pool pool = pool(1)) {
            Thread busy = new Thread(() -> pool.callBack(1));
            busy.start();
            hold.awaitInside();
            AtomicReference<Integer> waited = new AtomicReference<>();
            Thread waiting = new Thread(() -> waited.set(pool.add(2, 3)));
            waiting.start();
            waiting.join(200);
            assertThat(waiting.isAlive()).isTrue(); // no second instance: it waits

            hold.release();
            waiting.join();
            busy.join();
            assertThat(waited.get()).isEqualTo(5);
        }
    }

    @Test
    void aCallerInterruptedWhileWaitingGivesUpAndStaysInterrupted() throws InterruptedException {
        FaultsTest.Hold hold = env.holdCallBacks(x -> x);
        try (HostileWasm.Pool pool = pool(1)) {
            Thread busy = new Thread(() -> pool.callBack(1));
            busy.start();
            hold.awaitInside();
            AtomicReference<Throwable> thrown = new AtomicReference<>();
            AtomicReference<Boolean> stillInterrupted = new AtomicReference<>();
            Thread waiting = new Thread(() -> {
                try {
                    pool.add(1, 1);
                } catch (RuntimeException e) {
                    thrown.set(e);
                    stillInterrupted.set(Thread.currentThread().isInterrupted());
                }
            });
            waiting.start();
            waiting.join(100);
            waiting.interrupt();
            waiting.join();
            hold.release();
            busy.join();

            assertThat(thrown.get()).isInstanceOf(WasmBindException.class)
                    .hasMessage("interrupted while waiting for an instance of the pool");
            assertThat(stillInterrupted.get()).isTrue();
        }
    }

    @Test
    void refusesAHostFunctionThatWouldWaitForItself() {
        try (HostileWasm.Pool pool = pool(1)) {
            env.callBack = x -> pool.add(x, 1);

            assertThatThrownBy(() -> pool.callBack(1))
                    .isInstanceOf(WasmCallException.class)
                    .cause()
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith("all 1 instances of this pool are in use by thread \"");
            assertThat(pool.add(2, 2)).isEqualTo(4); // the poisoned instance was replaced
        }
    }

    @Test
    void refusesCallsOnceClosedAndRefusesAnEmptyPool() {
        HostileWasm.Pool pool = pool(2);
        assertThat(pool.add(1, 1)).isEqualTo(2);
        pool.close();

        assertThatThrownBy(() -> pool.add(1, 1)).isInstanceOf(IllegalStateException.class)
                .hasMessage("this pool is closed: make every call before close(), or build a new pool");
        assertThatThrownBy(() -> pool(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a pool needs at least one instance, not 0");
    }
}
