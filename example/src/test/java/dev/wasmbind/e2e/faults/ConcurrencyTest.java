package dev.wasmbind.e2e.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.dylibso.chicory.wasi.WasiOptions;
import dev.wasmbind.runtime.WasmCallException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Threads never see another caller's data under load: one instance refuses a second thread, a pool lends each its
 * own. {@link ThreadRulesTest} shows the same rules one case at a time.
 */
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
}
