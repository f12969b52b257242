package dev.wasmbind.runtime.internal;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The time limit of one instance's calls, in wall-clock time. Chicory stops a guest whose thread is interrupted, so
 * when a call runs past its limit, a shared timer thread interrupts the caller; when the call ends, the interrupt it
 * caused is cleared again, so the caller's interrupt status is what it was before the call.
 */
final class CallDeadline {
    /** One daemon thread for every instance's deadlines; it only ever interrupts. */
    private static final class Timer {
        static final ScheduledThreadPoolExecutor INSTANCE = create();

        private static ScheduledThreadPoolExecutor create() {
            ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, task -> {
                Thread thread = new Thread(task, "wasmbind-call-timeout");
                thread.setDaemon(true);
                return thread;
            });
            // cancelled deadlines are the rule: most calls end in time
            timer.setRemoveOnCancelPolicy(true);
            return timer;
        }
    }

    private final Duration limit;
    private Thread caller;
    private long generation;
    private boolean expired;
    private boolean interruptedBefore;
    private ScheduledFuture<?> pending;
    /** Whether the next call's clock started before the call, at {@link #nextStart}: a pool's wait. */
    private boolean startsEarlier;
    private long nextStart;

    CallDeadline(Duration limit) {
        this.limit = limit;
    }

    Duration limit() {
        return limit;
    }

    /**
     * Starts the clock of an outermost call made by the current thread, or lets it go on from the start that
     * {@link #startNextAt} set; a limit already used up expires at once.
     */
    synchronized void start() {
        caller = Thread.currentThread();
        expired = false;
        interruptedBefore = caller.isInterrupted();
        long call = ++generation;
        long delay = limit.toNanos();
        if (startsEarlier) {
            startsEarlier = false;
            delay -= System.nanoTime() - nextStart;
        }
        pending = Timer.INSTANCE.schedule(() -> expire(call), delay, TimeUnit.NANOSECONDS);
    }

    /** The next call's clock started at this {@link System#nanoTime()} reading, before the call began. */
    synchronized void startNextAt(long nanoTime) {
        startsEarlier = true;
        nextStart = nanoTime;
    }

    /**
     * Whether the running call ended within its limit; if so, the deadline can no longer expire. Either way
     * {@link #stop} must follow.
     */
    synchronized boolean stopInTime() {
        if (expired) {
            return false;
        }
        caller = null;
        return true;
    }

    /** Whether the running call has passed its limit (and its thread was interrupted for that). */
    synchronized boolean expired() {
        return expired;
    }

    /** Stops the clock; clears the interrupt the deadline caused, unless the caller was interrupted before. */
    synchronized void stop() {
        pending.cancel(false);
        if (expired && !interruptedBefore) {
            Thread.interrupted();
        }
        caller = null;
        pending = null;
    }

    private synchronized void expire(long call) {
        // a deadline whose call ended (or was followed by another) must not touch the thread any more
        if (call == generation && caller != null) {
            expired = true;
            caller.interrupt();
        }
    }
}
