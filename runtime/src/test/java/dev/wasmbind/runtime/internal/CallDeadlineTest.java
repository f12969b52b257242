package dev.wasmbind.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

class CallDeadlineTest {
    private static void spin(long nanos) {
        long end = System.nanoTime() + nanos;
        while (System.nanoTime() < end) {
            Thread.onSpinWait();
        }
    }

    @Test
    void expiresByInterruptingTheCallerAndClearsThatInterruptWhenTheCallEnds() {
        CallDeadline deadline = new CallDeadline(Duration.ofMillis(5));
        deadline.start();
        spin(Duration.ofMillis(500).toNanos());

        assertThat(deadline.expired()).isTrue();
        assertThat(Thread.currentThread().isInterrupted()).isTrue();
        deadline.stop();
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }

    @Test
    void aCallWithinItsLimitHasNotExpired() {
        CallDeadline deadline = new CallDeadline(Duration.ofMinutes(1));
        deadline.start();

        assertThat(deadline.expired()).isFalse();
        deadline.stop();
    }

    @Test
    void keepsAnInterruptTheCallerHadBefore() {
        CallDeadline deadline = new CallDeadline(Duration.ofMillis(1));
        Thread.currentThread().interrupt();
        try {
            deadline.start();
            spin(Duration.ofMillis(100).toNanos());
            deadline.stop();
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void neverInterruptsAfterTheCallEndedWhateverTheTiming() throws InterruptedException {
        CallDeadline deadline = new CallDeadline(Duration.ofNanos(200_000));
        int expired = 0;
        for (int i = 0; i < 3000; i++) {
            deadline.start();
            spin(ThreadLocalRandom.current().nextLong(400_000)); // around the limit, both sides
            expired += deadline.expired() ? 1 : 0;
            deadline.stop();
            assertThat(Thread.currentThread().isInterrupted()).as("call %d", i).isFalse();
        }
        Thread.sleep(5); // a deadline left behind would interrupt the thread now
        assertThat(Thread.interrupted()).isFalse();
        assertThat(expired).isPositive();
    }

    @Test
    void countsFromAnEarlierStartAndExpiresAtOnceWhenTheLimitIsUsedUp() {
        CallDeadline deadline = new CallDeadline(Duration.ofMinutes(1));
        deadline.startNextAt(System.nanoTime() - Duration.ofMinutes(2).toNanos());
        deadline.start();
        long giveUp = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!deadline.expired() && System.nanoTime() < giveUp) {
            Thread.onSpinWait();
        }

        assertThat(deadline.expired()).isTrue();
        assertThat(deadline.stopInTime()).isFalse();
        deadline.stop();
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
        // the earlier start served one call only
        deadline.start();
        assertThat(deadline.stopInTime()).isTrue();
        deadline.stop();
    }

    @Test
    void aCallEndedInTimeCanNoLongerExpire() throws InterruptedException {
        CallDeadline deadline = new CallDeadline(Duration.ofMillis(100));
        deadline.start();

        assertThat(deadline.stopInTime()).isTrue();
        Thread.sleep(200); // past the limit: the timer, not yet cancelled, finds nothing to interrupt
        assertThat(deadline.expired()).isFalse();
        deadline.stop();
        assertThat(Thread.interrupted()).isFalse();
    }
}
