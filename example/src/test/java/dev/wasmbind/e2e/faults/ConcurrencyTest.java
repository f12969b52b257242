package dev.wasmbind.e2e.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.dylibso.chicory.wasi.WasiOptions;
import dev.wasmbind.runtime.GuestPoisonedException;
import dev.wasmbind.runtime.WasmCallException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Threads never see another caller's data: one instance refuses a second thread, a pool lends each its own. */
class ConcurrencyTest {
    private static final int THREADS = 8;

    /** Tallies of one run; every result is checked against what its own input must give. */
    private static final class Tally {
        final AtomicInteger right = new AtomicInteger();
        final AtomicInteger wrong = new AtomicInteger();
        final AtomicInteger refused = new AtomicInteger();
        final AtomicInteger panicked = new AtomicInteger();
        final List<Throwable> unexpected = new ArrayList<>();

        synchronized void unexpected(Throwable e) {
            unexpected.add(e);
        }
    }

    private static String reversed(String s) {
        return new StringBuilder(s).reverse().toString();
    }

    private static Tally run(int callsPerThread, Hostile target, boolean withPanics) throws Exception {
        Tally tally = new Tally();
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                done.add(threads.submit(() -> {
                    for (int i = 0; i < callsPerThread; i++) {
                        boolean panics = withPanics && i % 10_007 == 5_000;
                        String input = (panics ? "panic " : "") + thread + ":" + i;
                        try {
                            String result = target.reverse(input);
                            (result.equals(reversed(input)) && !panics ? tally.right : tally.wrong).incrementAndGet();
                        } catch (IllegalStateException e) {
                            tally.refused.incrementAndGet();
                        } catch (WasmCallException e) {
                            if (panics && e.getMessage().equals("wasm export `Reverse` panicked: " + input)) {
                                tally.panicked.incrementAndGet();
                            } else {
                                tally.unexpected(e);
                            }
                        } catch (RuntimeException e) {
                            tally.unexpected(e);
                        }
                    }
                }));
            }
            for (Future<?> future : done) {
                future.get(5, TimeUnit.MINUTES);
            }
        } finally {
            threads.shutdownNow();
        }
        return tally;
    }

    private static WasiOptions quiet() {
        return WasiOptions.builder().withStderr(OutputStream.nullOutputStream()).build();
    }

    @Test
    void aPoolServesEightThreadsWithoutAWrongResultAndReplacesPanickedInstances() throws Exception {
        int calls = 100_000;
        try (HostileWasm.Pool pool = HostileWasm.builder().env(new FaultsTest.TestEnv()).wasi(quiet()).buildPool(4)) {
            Tally tally = run(calls, pool, true);

            assertThat(tally.unexpected).isEmpty();
            assertThat(tally.wrong).hasValue(0);
            assertThat(tally.refused).hasValue(0);
            int panics = THREADS * (calls / 10_007 + (calls % 10_007 > 5_000 ? 1 : 0));
            assertThat(tally.panicked).hasValue(panics);
            assertThat(tally.right).hasValue(THREADS * calls - panics);
        }
    }

    @Test
    void oneInstanceRefusesConcurrentCallersAndNeverReturnsAWrongResult() throws Exception {
        try (HostileWasm guest = HostileWasm.builder().env(new FaultsTest.TestEnv()).build()) {
            int live = guest.liveAllocations();
            Tally tally = run(20_000, guest, false);

            assertThat(tally.unexpected).isEmpty();
            assertThat(tally.wrong).hasValue(0);
            assertThat(tally.right.get() + tally.refused.get()).isEqualTo(THREADS * 20_000);
            assertThat(tally.right).hasPositiveValue();
            // the refused callers touched nothing: no argument of theirs is left behind
            assertThat(guest.liveAllocations()).isEqualTo(live);
            assertThat(guest.reverse("intact")).isEqualTo("tcatni");
        }
    }

    @Test
    void aSecondThreadIsRefusedWithBothThreadsNamedWhileTheRunningCallGoesOn() throws Exception {
        FaultsTest.TestEnv env = new FaultsTest.TestEnv();
        FaultsTest.Hold hold = env.holdCallBacks(x -> x * 2);
        try (HostileWasm guest = HostileWasm.builder().env(env).build()) {
            AtomicReference<Integer> result = new AtomicReference<>();
            Thread running = new Thread(() -> result.set(guest.callBack(20)), "running-caller");
            running.start();
            hold.awaitInside();

            assertThatThrownBy(() -> guest.echo("me too"))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("thread \"" + Thread.currentThread().getName() + "\" cannot call into this instance "
                            + "of dev.wasmbind.e2e.faults.Hostile while thread \"running-caller\" is running a call "
                            + "in it: an instance runs one call at a time; give each thread its own instance, or "
                            + "share builder().buildPool(n)");
            assertThatThrownBy(guest::close).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("cannot close this instance");
            hold.release();
            running.join();

            assertThat(result.get()).isEqualTo(41);
            assertThat(guest.echo("afterwards")).isEqualTo("afterwards");
        }
    }

    @Test
    void aThreadConfinedInstanceServesItsOwnThreadIncludingNestedCallsAndRefusesAnyOther() throws Exception {
        FaultsTest.TestEnv env = new FaultsTest.TestEnv();
        try (HostileWasm guest = HostileWasm.builder().env(env).threadConfined().build()) {
            env.callBack = x -> guest.reverse("nested").length() * x;
            int live = guest.liveAllocations();
            AtomicReference<Throwable> call = new AtomicReference<>();
            AtomicReference<Throwable> close = new AtomicReference<>();
            Thread other = new Thread(() -> {
                call.set(catchThrowable(() -> guest.echo("not mine")));
                close.set(catchThrowable(guest::close));
            }, "other-thread");
            other.start();
            other.join();

            assertThat(call.get()).isInstanceOf(IllegalStateException.class)
                    .hasMessage("thread \"other-thread\" cannot call into this instance of "
                            + "dev.wasmbind.e2e.faults.Hostile: it was built threadConfined() by thread \""
                            + Thread.currentThread().getName() + "\", and only that thread may use it; build an "
                            + "instance per thread, or share builder().buildPool(n)");
            assertThat(close.get()).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("\"other-thread\" cannot close this instance");
            assertThat(guest.liveAllocations()).isEqualTo(live);
            assertThat(guest.reverse("own thread")).isEqualTo("daerht nwo");
            // a host function calling back into the export nests on the confined thread
            assertThat(guest.callBack(20)).isEqualTo(6 * 20 + 1);
        }
    }

    @Test
    void aThreadConfinedInstanceStillTakesOneCallAtATimeAndIsPoisonedLikeAnyOther() {
        HostileWasm guest = HostileWasm.builder().env(new FaultsTest.TestEnv()).threadConfined()
                .wasi(quiet()).build();
        assertThatThrownBy(() -> guest.reverse("panic now")).isInstanceOf(WasmCallException.class);
        assertThatThrownBy(() -> guest.echo("after")).isInstanceOf(GuestPoisonedException.class);
        guest.close();
        assertThatThrownBy(() -> guest.echo("closed")).isInstanceOf(IllegalStateException.class)
                .hasMessageEndingWith("is closed");
    }

    @Test
    void aPoolRefusesThreadConfinement() {
        assertThatThrownBy(() -> HostileWasm.builder().threadConfined().buildPool(2))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("a pool's instances serve many threads, so they cannot be threadConfined(): drop "
                        + "that option, or build() one confined instance per thread");
    }
}
