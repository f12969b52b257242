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
 *
 * <p>A binding whose instance runs the machine compiled at build time calls the machine's function itself, with
 * Java's own arguments and result, and uses this class for the rest: {@link #begin}, then {@link #returned} or
 * {@link #failed} (inside a {@link CallScope}, which took the instance, {@link #returnedInScope} or
 * {@link #failedInScope}).
 */
public final class GuestFunction {
    private static final int MAX_REUSED_ARITY = 3;
    /** What {@link #call} returns of the results. */
    private static final int NO_RESULT = 0;
    private static final int FIRST_RESULT = 1;
    private static final int RESULT_PAIR = 2;
    private static final long[] NO_VALUES = new long[0];

    private final Guest guest;
    private final String exportName;
    private ExportFunction function;
    /** The canonical ABI's {@code cabi_post_<export>}, which releases a result once it was read; usually none. */
    private GuestFunction postReturn;
    /** The argument array of each arity up to {@link #MAX_REUSED_ARITY}, made on first use. */
    private final long[][] reusedArguments = new long[MAX_REUSED_ARITY + 1][];

    GuestFunction(Guest guest, String exportName, ExportFunction function) {
        this.guest = guest;
        this.exportName = exportName;
        this.function = function;
    }

    /** Calls an export without result. */
    public void callVoid(long... args) {
        call(guest.begin(), args, NO_RESULT);
    }

    /** Calls an export whose result is an {@code i32}. */
    public int callI32(long... args) {
        return (int) call(guest.begin(), args, FIRST_RESULT);
    }

    /** Calls an export whose result is an {@code i64}. */
    public long callI64(long... args) {
        return call(guest.begin(), args, FIRST_RESULT);
    }

    /** Calls an export whose result is an {@code f32}. */
    public float callF32(long... args) {
        return Abi.toF32(call(guest.begin(), args, FIRST_RESULT));
    }

    /** Calls an export whose result is an {@code f64}. */
    public double callF64(long... args) {
        return Abi.toF64(call(guest.begin(), args, FIRST_RESULT));
    }

    /**
     * Calls an export whose results are the values {@code (i32 ptr, i32 len, ...)}, and returns the first two packed
     * as {@code ptr << 32 | len}, the form of a packed result.
     */
    public long callPair(long... args) {
        return call(guest.begin(), args, RESULT_PAIR);
    }

    /** Calls an export of one argument without result. */
    public void callVoid(long a) {
        boolean outermost = guest.begin();
        call(outermost, arguments(a), NO_RESULT);
    }

    /** Calls an export of two arguments without result. */
    public void callVoid(long a, long b) {
        boolean outermost = guest.begin();
        call(outermost, arguments(a, b), NO_RESULT);
    }

    /** Calls an export of three arguments without result. */
    public void callVoid(long a, long b, long c) {
        boolean outermost = guest.begin();
        call(outermost, arguments(a, b, c), NO_RESULT);
    }

    /** Calls an export of one argument whose result is an {@code i32}. */
    public int callI32(long a) {
        boolean outermost = guest.begin();
        return (int) call(outermost, arguments(a), FIRST_RESULT);
    }

    /** Calls an export of two arguments whose result is an {@code i32}. */
    public int callI32(long a, long b) {
        boolean outermost = guest.begin();
        return (int) call(outermost, arguments(a, b), FIRST_RESULT);
    }

    /** Calls an export of three arguments whose result is an {@code i32}. */
    public int callI32(long a, long b, long c) {
        boolean outermost = guest.begin();
        return (int) call(outermost, arguments(a, b, c), FIRST_RESULT);
    }

    /** Calls an export of one argument whose result is an {@code i64}. */
    public long callI64(long a) {
        boolean outermost = guest.begin();
        return call(outermost, arguments(a), FIRST_RESULT);
    }

    /** Calls an export of two arguments whose result is an {@code i64}. */
    public long callI64(long a, long b) {
        boolean outermost = guest.begin();
        return call(outermost, arguments(a, b), FIRST_RESULT);
    }

    /** Calls an export of three arguments whose result is an {@code i64}. */
    public long callI64(long a, long b, long c) {
        boolean outermost = guest.begin();
        return call(outermost, arguments(a, b, c), FIRST_RESULT);
    }

    /**
     * Calls an export of one argument whose result is an {@code i32}, in a running call (a scope's, a host
     * function's): that call holds the instance already.
     */
    int callI32InCall(long a) {
        return (int) call(false, arguments(a), FIRST_RESULT);
    }

    /** Calls an export whose result is an {@code i32}, in a running call. */
    int callI32InCall(long... args) {
        return (int) call(false, args, FIRST_RESULT);
    }

    /** Calls an export of one argument without result, in a running call. */
    void callVoidInCall(long a) {
        call(false, arguments(a), NO_RESULT);
    }

    /** Calls an export of two arguments without result, in a running call. */
    void callVoidInCall(long a, long b) {
        call(false, arguments(a, b), NO_RESULT);
    }

    /**
     * Starts a direct call: takes the instance for the current thread, or nests in its running call.
     *
     * @return whether the call is the outermost, to be passed to {@link #returned} or {@link #failed}
     */
    public boolean begin() {
        return guest.begin();
    }

    /** Ends a direct call that returned; throws when a nested call failed meanwhile. */
    public void returned(boolean outermost) {
        guest.endReturned(outermost, exportName);
    }

    /** Ends a direct call that threw, and returns the exception to throw instead. */
    public WasmCallException failed(boolean outermost, Throwable thrown) {
        return guest.endFailed(outermost, exportName, thrown, true);
    }

    /** Ends a direct call in a {@link CallScope} that returned; the scope lets the instance go when it closes. */
    public void returnedInScope() {
        guest.endReturned(false, exportName);
    }

    /** Ends a direct call in a {@link CallScope} that threw, and returns the exception to throw instead. */
    public WasmCallException failedInScope(Throwable thrown) {
        return guest.endFailed(false, exportName, thrown, true);
    }

    /** After the instance is poisoned: no call reaches the export any more, and its instance may be collected. */
    void release() {
        function = null;
        if (postReturn != null) {
            postReturn.release();
        }
    }

    String exportName() {
        return exportName;
    }

    /** The canonical ABI's post-return function of this export, called with its results once they were read. */
    void postReturn(GuestFunction postReturn) {
        this.postReturn = postReturn;
    }

    /**
     * Has the guest release the call's result, given the results again as {@code returning} took them: rebuilt from
     * {@code value}, so that Chicory's result array never leaves {@link #call}. A post-return that fails ends the call
     * as failed.
     */
    private void releaseResult(boolean outermost, int returning, long value) {
        long[] results = switch (returning) {
            case FIRST_RESULT -> new long[] {value};
            case RESULT_PAIR -> new long[] {value >>> Integer.SIZE, (int) value};
            default -> NO_VALUES;
        };
        try {
            guest.postReturn(postReturn, results, outermost);
        } catch (RuntimeException e) {
            guest.end(outermost);
            throw e;
        }
    }

    /** The reused argument array, filled: only once the call holds the instance, so no other call touches it. */
    private long[] arguments(long a) {
        long[] args = reused(1);
        args[0] = a;
        return args;
    }

    private long[] arguments(long a, long b) {
        long[] args = reused(2);
        args[0] = a;
        args[1] = b;
        return args;
    }

    private long[] arguments(long a, long b, long c) {
        long[] args = reused(3);
        args[0] = a;
        args[1] = b;
        args[2] = c;
        return args;
    }

    private long[] reused(int arity) {
        long[] args = reusedArguments[arity];
        if (args == null) {
            args = new long[arity];
            reusedArguments[arity] = args;
        }
        return args;
    }

    /**
     * Runs a call and returns what {@code returning} asks of its results: 0 for none, the first value, or the first
     * two packed. Chicory's result array never leaves this method: where the JIT compiles it on its own (a long guest
     * path makes it too big to inline into the caller), an array returned from here would be allocated on every call.
     */
    private long call(boolean outermost, long[] args, int returning) {
        long[] results;
        try {
            results = function.apply(args);
        } catch (Throwable e) {
            // anything at all: a raw host function's Error or checked exception ends the call like a trap
            throw guest.endFailed(outermost, exportName, e, false);
        }
        long value = switch (returning) {
            case FIRST_RESULT -> results[0];
            case RESULT_PAIR -> GuestMemory.pack((int) results[0], (int) results[1]);
            default -> 0;
        };
        if (postReturn != null) {
            releaseResult(outermost, returning, value);
        }
        guest.endReturned(outermost, exportName);
        return value;
    }
}
