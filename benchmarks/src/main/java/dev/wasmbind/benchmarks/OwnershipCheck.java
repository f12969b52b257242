package dev.wasmbind.benchmarks;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the shared instance's ownership check costs on its own, beside the workloads it is part of: the
 * uncontended compare-and-set from idle to the calling thread and the release store back, as an outermost call of
 * a thread-safe instance takes and gives back its one word of state. Run it in the same run as
 * {@code Workloads.add} ({@code 'Workloads\.add$|OwnershipCheck'}) to read the binding's {@code Add} as the
 * hand-written call plus this.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = "-XX:+AlwaysPreTouch")
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 20, time = 250, timeUnit = TimeUnit.MILLISECONDS)
@State(Scope.Thread)
public class OwnershipCheck {
    private static final Object IDLE = new Object();
    private static final VarHandle STATE;

    static {
        try {
            STATE = MethodHandles.lookup().findVarHandle(OwnershipCheck.class, "state", Object.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @SuppressWarnings("unused") // through STATE
    private volatile Object state = IDLE;

    /** Takes the word for the current thread and gives it back, as a call of a thread-safe instance does. */
    @Benchmark
    public boolean takeAndGiveBack() {
        boolean taken = STATE.compareAndSet(this, IDLE, (Object) Thread.currentThread());
        STATE.setRelease(this, IDLE);
        return taken;
    }
}
