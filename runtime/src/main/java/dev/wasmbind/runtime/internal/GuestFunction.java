package dev.wasmbind.runtime.internal;

import dev.wasmbind.runtime.WasmCallException;
import com.dylibso.chicory.runtime.ExportFunction;

/**
 * One guest export, resolved once. Every call takes the instance for the current thread and maps an abnormal end
 * (trap, panic, exit, host failure, interrupt, time limit, stack or heap exhaustion) to {@link WasmCallException},
 * after which the instance takes no more calls.
 */
public final class GuestFunction {
    private final Guest guest;
    private final String exportName;
    private ExportFunction function;

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

    /** After the instance is poisoned: no call reaches the export any more, and its instance may be collected. */
    void release() {
        function = null;
    }

    /** Kept small: it is on every call's path, and the JIT inlines the guest's code beneath it only if it is. */
    private long[] invoke(long[] args) {
        boolean outermost = guest.begin();
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
