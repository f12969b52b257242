package dev.wasmbind.runtime;

import com.dylibso.chicory.runtime.ExportFunction;

/** One guest export, resolved once; every call maps a trap, exit or host failure to {@link WasmCallException}. */
public final class GuestFunction {
    private final Guest guest;
    private final String exportName;
    private final ExportFunction function;

    GuestFunction(Guest guest, String exportName, ExportFunction function) {
        this.guest = guest;
        this.exportName = exportName;
        this.function = function;
    }

    public void callVoid(long... args) {
        invoke(args);
    }

    public int callI32(long... args) {
        return (int) invoke(args)[0];
    }

    public long callI64(long... args) {
        return invoke(args)[0];
    }

    public float callF32(long... args) {
        return Abi.toF32(invoke(args)[0]);
    }

    public double callF64(long... args) {
        return Abi.toF64(invoke(args)[0]);
    }

    private long[] invoke(long[] args) {
        guest.checkUsable();
        try {
            return function.apply(args);
        } catch (RuntimeException | StackOverflowError e) {
            throw guest.failure(exportName, e);
        }
    }
}
