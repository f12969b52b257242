package dev.wasmbind.runtime.internal;

import dev.wasmbind.runtime.WasmBindException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Instances of one binding shared by any number of threads: each call borrows an idle instance, started on demand
 * up to a maximum, and gives it back; callers wait while all are busy. An instance whose call ended abnormally is
 * closed and dropped when given back, and a new one is started when needed. Generated {@code Pool} classes use it.
 * With a call time limit, a call's wait for an instance counts against its limit.
 *
 * @param <T> the generated binding class
 */
public final class GuestPool<T> implements AutoCloseable {
    private final int maxInstances;
    private final Supplier<Guest> start;
    private final Function<Guest, T> bind;
    /** The time limit of each call, its wait for an instance included; {@code null} for none. */
    private final Duration callTimeout;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition returned = lock.newCondition();
    /** Most recently returned last: its memory is the likeliest to be in cache. */
    private final ArrayDeque<Lease<T>> idle = new ArrayDeque<>();
    private final List<Lease<T>> all = new ArrayList<>();
    /** Instances being started, counted so that the maximum holds while the lock is not held. */
    private int starting;
    private boolean closed;

    /**
     * @param maxInstances how many instances may exist at once
     * @param start starts one instance
     * @param bind wraps an instance in the generated binding class
     * @param callTimeout the instances' call time limit, or {@code null} for none
     */
    public GuestPool(int maxInstances, Supplier<Guest> start, Function<Guest, T> bind, Duration callTimeout) {
        if (maxInstances < 1) {
            throw new IllegalArgumentException("a pool needs at least one instance, not " + maxInstances);
        }
        this.maxInstances = maxInstances;
        this.start = start;
        this.bind = bind;
        this.callTimeout = callTimeout;
    }

    /** One instance of the pool, lent to one thread at a time. */
    public static final class Lease<T> {
        private final GuestPool<T> pool;
        private final Guest guest;
        private final T binding;
        private Thread holder;

        private Lease(GuestPool<T> pool, Guest guest, T binding) {
            this.pool = pool;
            this.guest = guest;
            this.binding = binding;
        }

        /** The binding to call while the lease is held. */
        public T binding() {
            return binding;
        }

        /** Gives the instance back to the pool; call it exactly once per {@link GuestPool#borrow()}. */
        public void release() {
            pool.giveBack(this);
        }
    }

    /**
     * An idle instance, a new one while fewer than the maximum exist, or the next one given back.
     *
     * @throws IllegalStateException when the pool is closed, or when every instance is lent to the calling thread
     *     itself (a host function calling back into the pool), which would wait forever
     * @throws WasmBindException when the thread is interrupted while it waits (its interrupt status stays set), or
     *     when the call time limit passes while it waits
     */
    public Lease<T> borrow() {
        Thread current = Thread.currentThread();
        long waitStart = callTimeout == null ? 0 : System.nanoTime();
        long remaining = callTimeout == null ? 0 : callTimeout.toNanos();
        lock.lock();
        try {
            while (true) {
                checkOpen();
                Lease<T> lease = idle.pollLast();
                if (lease == null && all.size() + starting < maxInstances) {
                    lease = startInstance();
                }
                if (lease != null) {
                    lease.holder = current;
                    if (callTimeout != null) {
                        lease.guest.startClockAt(waitStart);
                    }
                    return lease;
                }
                if (starting == 0 && all.stream().allMatch(busy -> busy.holder == current)) {
                    throw new IllegalStateException("all " + maxInstances + " instances of this pool are in use by "
                            + "thread \"" + current.getName() + "\" itself (a host function calling back into the "
                            + "pool?), so waiting for one would never end; allow more instances");
                }
                if (callTimeout == null) {
                    returned.await();
                } else if (remaining <= 0) {
                    throw new WasmBindException(CallMessages.poolWaitTimedOut(callTimeout, maxInstances));
                } else {
                    remaining = returned.awaitNanos(remaining);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WasmBindException("interrupted while waiting for an instance of the pool", e);
        } finally {
            lock.unlock();
        }
    }

    /** Closes the idle instances now, and each busy one when it is given back; later borrows are refused. */
    @Override
    public void close() {
        List<Lease<T>> toClose;
        lock.lock();
        try {
            closed = true;
            toClose = new ArrayList<>(idle);
            idle.clear();
            all.removeAll(toClose);
            returned.signalAll();
        } finally {
            lock.unlock();
        }
        toClose.forEach(lease -> lease.guest.close());
    }

    /** Called with the lock held; starts the instance without it, since starting runs guest code. */
    private Lease<T> startInstance() {
        starting++;
        lock.unlock();
        Lease<T> lease = null;
        try {
            Guest guest = start.get();
            lease = new Lease<>(this, guest, bind.apply(guest));
            return lease;
        } finally {
            lock.lock();
            starting--;
            if (lease != null) {
                all.add(lease);
            } else {
                returned.signal(); // the place it would have taken is free again
            }
        }
    }

    private void giveBack(Lease<T> lease) {
        boolean drop;
        lock.lock();
        try {
            lease.holder = null;
            drop = closed || !lease.guest.isUsable();
            if (drop) {
                all.remove(lease);
            } else {
                idle.addLast(lease);
            }
            returned.signal();
        } finally {
            lock.unlock();
        }
        if (drop) {
            lease.guest.close();
        }
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("this pool is closed: make every call before close(), or build a new "
                    + "pool");
        }
    }
}
