package dev.wasmbind.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.wasmbind.runtime.Engine;
import dev.wasmbind.runtime.WasmBindException;
import dev.wasmbind.runtime.WasmCallException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The pool's bookkeeping, with probe guests as instances; the end-to-end PoolTest runs it through generated code. */
class GuestPoolTest {
    private final AtomicInteger starts = new AtomicInteger();

    private Guest startProbe() {
        starts.incrementAndGet();
        return ProbeGuest.start(Engine.INTERPRETER);
    }

    private GuestPool<Guest> pool(int maxInstances) {
        return new GuestPool<>(maxInstances, this::startProbe, guest -> guest, null);
    }

    private static void assertClosed(Guest guest) {
        assertThatThrownBy(() -> guest.function(ProbeGuest.PROBE).callVoid())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("this instance of test.Probe is closed: make every call before "
                        + "close() (inside its try-with-resources block), or load a new instance");
    }

    /** Until the thread waits, or ended without waiting (which the test then sees). */
    private static void awaitWaiting(Thread thread) throws InterruptedException {
        while (thread.getState() != Thread.State.WAITING && thread.isAlive()) {
            Thread.sleep(1);
        }
    }

    @Test
    void lendsTheInstanceGivenBackRatherThanStartingAnother() {
        try (GuestPool<Guest> pool = pool(2)) {
            GuestPool.Lease<Guest> first = pool.borrow();
            Guest guest = first.binding();
            first.release();

            GuestPool.Lease<Guest> second = pool.borrow();
            assertThat(second.binding()).isSameAs(guest);
            assertThat(guest.isUsable()).isTrue();
            second.release();
            assertThat(starts).hasValue(1);
        }
    }

    @Test
    void closesAnInstanceWhoseCallFailedWhenItIsGivenBack() {
        try (GuestPool<Guest> pool = pool(1)) {
            GuestPool.Lease<Guest> lease = pool.borrow();
            Guest poisoned = lease.binding();
            assertThatThrownBy(() -> poisoned.function(ProbeGuest.EXIT).callVoid(3))
                    .isInstanceOf(WasmCallException.class);
            lease.release();

            assertClosed(poisoned);
            GuestPool.Lease<Guest> next = pool.borrow();
            assertThat(next.binding()).isNotSameAs(poisoned);
            assertThat(next.binding().isUsable()).isTrue();
            next.release();
        }
    }

    @Test
    void closesIdleInstancesAtOnceAndBusyOnesWhenGivenBack() {
        GuestPool<Guest> pool = pool(2);
        GuestPool.Lease<Guest> busy = pool.borrow();
        GuestPool.Lease<Guest> idle = pool.borrow();
        idle.release();

        pool.close();
        assertClosed(idle.binding());
        assertThat(busy.binding().isUsable()).isTrue();
        busy.release();
        assertClosed(busy.binding());
    }

    @Test
    void closingWakesACallerWaitingForAnInstance() throws InterruptedException {
        GuestPool<Guest> pool = pool(1);
        GuestPool.Lease<Guest> busy = pool.borrow();
        AtomicReference<Throwable> refused = new AtomicReference<>();
        Thread waiting = new Thread(() -> refused.set(catchThrowable(pool::borrow)));
        waiting.start();
        awaitWaiting(waiting);

        pool.close();
        waiting.join(10_000);
        busy.release();
        assertThat(refused.get()).isInstanceOf(IllegalStateException.class)
                .hasMessage("this pool is closed: make every call before close(), or build a new pool");
    }

    @Test
    void countsAnInstanceBeingStartedAndFreesItsPlaceWhenTheStartFails() throws InterruptedException {
        CountDownLatch failNow = new CountDownLatch(1);
        AtomicInteger calls = new AtomicInteger();
        Supplier<Guest> firstStartFails = () -> {
            if (calls.incrementAndGet() == 1) {
                try {
                    failNow.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                throw new IllegalStateException("the first start fails");
            }
            return startProbe();
        };
        try (GuestPool<Guest> pool = new GuestPool<>(1, firstStartFails, guest -> guest, null)) {
            AtomicReference<Throwable> failed = new AtomicReference<>();
            Thread starting = new Thread(() -> failed.set(catchThrowable(pool::borrow)));
            starting.start();
            while (calls.get() == 0) {
                Thread.sleep(1);
            }
            AtomicReference<GuestPool.Lease<Guest>> lent = new AtomicReference<>();
            Thread waiting = new Thread(() -> lent.set(pool.borrow()));
            waiting.start();
            awaitWaiting(waiting);
            assertThat(calls).hasValue(1); // the instance being started takes the only place

            failNow.countDown();
            starting.join(10_000);
            waiting.join(10_000);
            assertThat(failed.get()).hasMessage("the first start fails");
            assertThat(lent.get()).isNotNull();
            lent.get().release();
        }
    }

    @Test
    void aCallWithinItsTimeLimitRunsToItsEnd() {
        Duration limit = Duration.ofMinutes(1);
        // long enough for the timer to stop a call whose clock would have started long ago
        Supplier<Guest> start = () -> new GuestTest.TestBuilder(ProbeGuest.BINDING, Engine.INTERPRETER)
                .callTimeout(limit)
                .hostFunctions(ProbeGuest.seen(instance -> pause()))
                .build();
        try (GuestPool<Guest> pool = new GuestPool<>(1, start, guest -> guest, limit)) {
            GuestPool.Lease<Guest> lease = pool.borrow();
            lease.binding().function(ProbeGuest.PROBE).callVoid();
            assertThat(lease.binding().isUsable()).isTrue();
            lease.release();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aWaitWithinTheCallTimeLimitGetsTheInstanceGivenBack() throws InterruptedException {
        try (GuestPool<Guest> pool = new GuestPool<>(1, this::startProbe, guest -> guest, Duration.ofMinutes(1))) {
            GuestPool.Lease<Guest> busy = pool.borrow();
            AtomicReference<Object> got = new AtomicReference<>();
            Thread waiting = new Thread(() -> {
                try {
                    GuestPool.Lease<Guest> lease = pool.borrow();
                    got.set(lease.binding());
                    lease.release();
                } catch (RuntimeException e) {
                    got.set(e);
                }
            });
            waiting.start();
            // until it waits for the instance (or, were it refused at once, has ended)
            long giveUp = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (waiting.getState() != Thread.State.TIMED_WAITING && waiting.getState() != Thread.State.TERMINATED
                    && System.nanoTime() - giveUp < 0) {
                Thread.onSpinWait();
            }
            busy.release();
            waiting.join();

            assertThat(got.get()).isSameAs(busy.binding());
        }
    }

    @Test
    void aWaitThatOutlastsTheCallTimeLimitFails() throws InterruptedException {
        try (GuestPool<Guest> pool = new GuestPool<>(1, this::startProbe, guest -> guest, Duration.ofMillis(50))) {
            GuestPool.Lease<Guest> busy = pool.borrow();
            AtomicReference<Throwable> refused = new AtomicReference<>();
            Thread waiting = new Thread(() -> refused.set(catchThrowable(pool::borrow)));
            waiting.start();
            waiting.join();
            busy.release();

            assertThat(refused.get())
                    .isInstanceOf(WasmBindException.class)
                    .hasMessage("no instance of the pool became free within the call time limit of 50 ms "
                            + "(builder().callTimeout(...)), which covers the wait for an instance: every one of its 1 "
                            + "instances stayed busy; allow more instances, or a longer time limit");
            // the instance itself was never involved, and serves the next call within its limit
            GuestPool.Lease<Guest> next = pool.borrow();
            next.binding().function(ProbeGuest.PROBE).callVoid();
            assertThat(next.binding().isUsable()).isTrue();
            next.release();
        }
    }
}
