package dev.wasmbind.runtime.internal;

import dev.wasmbind.runtime.WasmCallException;
import com.dylibso.chicory.runtime.ExportFunction;

/**
 * One guest export, resolved once. Every call takes the instance for the current thread and maps an abnormal end
 * (trap, panic, exit, host failure, interrupt, time limit, stack or heap exhaustion) to {@link WasmCallException},
 * after which the instance takes no more calls.
 *
 * <p>Calls of one to three arguments pass them in an array the function reuses, filled only once the call holds the
 * instance: Chicory reads the arguments when the call starts, and a varargs array escapes wherever the JIT does not
 * inline this class's shared code into the caller, costing an allocation per call.
 */
public final class GuestFunction {
    private static final int MAX_REUSED_ARITY = 3;

    private final Guest guest;
    private final String exportName;
    private ExportFunction function;
    /** The argument array of each arity up to {@link #MAX_REUSED_ARITY}, made on first use. */
    private final long[][] reusedArguments = new long[MAX_REUSED_ARITY + 1][];

    GuestFunction(Guest guest, String exportName, ExportFunction function) {
        this.guest = guest;
        this.exportName = exportName;
        this.function = function;
    }

    /** Calls an export without result. */
    public void callVoid(long... args) {
        invoke(args);
    }

    /** Calls an export whose result is an {@code i32}. */
    public int callI32(long... args) {
        return (int) invoke(args)[0];
    }

    /** Calls an export whose result is an {@code i64}. */
    public long callI64(long... args) {
        return invoke(args)[0];
    }

    /** Calls an export whose result is an {@code f32}. */
    public float callF32(long... args) {
        return Abi.toF32(invoke(args)[0]);
    }

    /** Calls an export whose result is an {@code f64}. */
    public double callF64(long... args) {
        return Abi.toF64(invoke(args)[0]);
    }

    /** Calls an export whose results are several values, such as {@code (i32 ptr, i32 len)}. */
    public long[] callValues(long... args) {
        return invoke(args);
    }

    /** Calls an export of one argument without result. */
    public void callVoid(long a) {
        invoke(a);
    }

    /** Calls an export of two arguments without result. */
    public void callVoid(long a, long b) {
        invoke(a, b);
    }

    /** Calls an export of three arguments without result. */
    public void callVoid(long a, long b, long c) {
        invoke(a, b, c);
    }

    /** Calls an export of one argument whose result is an {@code i32}. */
    public int callI32(long a) {
        return (int) invoke(a)[0];
    }

    /** Calls an export of two arguments whose result is an {@code i32}. */
    public int callI32(long a, long b) {
        return (int) invoke(a, b)[0];
    }

    /** Calls an export of three arguments whose result is an {@code i32}. */
    public int callI32(long a, long b, long c) {
        return (int) invoke(a, b, c)[0];
    }

    /** Calls an export of one argument whose result is an {@code i64}. */
    public long callI64(long a) {
        return invoke(a)[0];
    }

    /** Calls an export of two arguments whose result is an {@code i64}. */
    public long callI64(long a, long b) {
        return invoke(a, b)[0];
    }

    /** Calls an export of three arguments whose result is an {@code i64}. */
    public long callI64(long a, long b, long c) {
        return invoke(a, b, c)[0];
    }

    /** After the instance is poisoned: no call reaches the export any more, and its instance may be collected. */
    void release() {
        function = null;
    }

    private long[] invoke(long a) {
        boolean outermost = guest.begin();
        long[] args = reused(1);
        args[0] = a;
        return run(outermost, args);
    }

    private long[] invoke(long a, long b) {
        boolean outermost = guest.begin();
        long[] args = reused(2);
        args[0] = a;
        args[1] = b;
        return run(outermost, args);
    }

    private long[] invoke(long a, long b, long c) {
        boolean outermost = guest.begin();
        long[] args = reused(3);
        args[0] = a;
        args[1] = b;
        args[2] = c;
        return run(outermost, args);
    }

    /** Only a call that holds the instance touches it: another thread's call would be refused by then. */
    private long[] reused(int arity) {
        long[] args = reusedArguments[arity];
        if (args == null) {
            args = new long[arity];
            reusedArguments[arity] = args;
        }
        return args;
    }

    private long[] invoke(long[] args) {
        return run(guest.begin(), args);
    }

    /** Kept small: it is on every call's path, and the JIT inlines the guest's code beneath it only if it is. */
    private long[] run(boolean outermost, long[] args) {
        long[] results;
        try {
            results = function.apply(args);
        } catch (RuntimeException | AssertionError | StackOverflowError | OutOfMemoryError e) {
            throw guest.endFailed(outermost, exportName, e);
        }
        guest.endReturned(outermost);
        return results;
    }
}
