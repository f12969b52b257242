package dev.wasmbind.e2e.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.dylibso.chicory.wasi.WasiOptions;
import dev.wasmbind.runtime.GuestPoisonedException;
import dev.wasmbind.runtime.WasmCallException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Which threads may call an instance, one case at a time; {@link ConcurrencyTest} puts the same rules under load.
 * Kept apart from it so that mutation testing, which leaves the load tests out, still runs these.
 */
class ThreadRulesTest {
    private static WasiOptions quiet() {
        return WasiOptions.builder().withStderr(OutputStream.nullOutputStream()).build();
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
    void aThreadConfinedInstanceWithATimeLimitTakesNestedCalls() {
        FaultsTest.TestEnv env = new FaultsTest.TestEnv();
        try (HostileWasm guest = HostileWasm.builder().env(env).threadConfined().callTimeout(Duration.ofMinutes(1))
                .build()) {
            env.callBack = x -> guest.add(x, 10);

            // the nested call is no outermost one: it neither restarts nor stops the outer call's clock
            assertThat(guest.callBack(1)).isEqualTo(12);
            assertThat(guest.callBack(2)).isEqualTo(13);
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
                .hasMessageEndingWith("is closed: make every call before close() (inside its try-with-resources "
                        + "block), or load a new instance");
    }

    @Test
    void aPoolRefusesThreadConfinement() {
        assertThatThrownBy(() -> HostileWasm.builder().threadConfined().buildPool(2))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("a pool's instances serve many threads, so they cannot be threadConfined(): drop "
                        + "that option, or build() one confined instance per thread");
    }

    @Test
    void aClosedOrPoisonedInstanceTellsEveryThreadSoNotThatItIsBusy() throws InterruptedException {
        HostileWasm poisoned = HostileWasm.builder().env(new FaultsTest.TestEnv()).wasi(quiet()).build();
        assertThatThrownBy(() -> poisoned.reverse("panic now")).isInstanceOf(WasmCallException.class);
        assertThatThrownBy(() -> poisoned.echo("again")).isInstanceOf(GuestPoisonedException.class);
        HostileWasm closed = HostileWasm.builder().env(new FaultsTest.TestEnv()).build();
        closed.close();
        assertThatThrownBy(() -> closed.echo("again")).isInstanceOf(IllegalStateException.class);

        AtomicReference<Throwable> fromPoisoned = new AtomicReference<>();
        AtomicReference<Throwable> fromClosed = new AtomicReference<>();
        Thread other = new Thread(() -> {
            fromPoisoned.set(catchThrowable(() -> poisoned.echo("from elsewhere")));
            fromClosed.set(catchThrowable(() -> closed.echo("from elsewhere")));
        });
        other.start();
        other.join();

        assertThat(fromPoisoned.get()).isInstanceOf(GuestPoisonedException.class);
        assertThat(fromClosed.get()).isInstanceOf(IllegalStateException.class)
                .hasMessage("this instance of dev.wasmbind.e2e.faults.Hostile is closed: make every call before "
                        + "close() (inside its try-with-resources block), or load a new instance");
        poisoned.close();
    }
}
