package dev.wasmbind.runtime;

import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.wasm.types.Value;

/**
 * The arguments of one call from the guest into a host function, read by slot the way the TinyGo ABI lowered
 * them. Strings and slices are copied out at once: the guest's memory is only valid during the call.
 */
public final class HostCall {
    private final Instance instance;
    private final long[] args;

    HostCall(Instance instance, long[] args) {
        this.instance = instance;
        this.args = args;
    }

    public int i32(int slot) {
        return (int) args[slot];
    }

    public long i64(int slot) {
        return args[slot];
    }

    public float f32(int slot) {
        return Value.longToFloat(args[slot]);
    }

    public double f64(int slot) {
        return Value.longToDouble(args[slot]);
    }

    public boolean bool(int slot) {
        return args[slot] != 0;
    }

    /** A Go {@code uint32} widened to {@code long}. */
    public long u32(int slot) {
        return Integer.toUnsignedLong((int) args[slot]);
    }

    /** A {@code string} passed as {@code (ptr, len)} in this slot and the next. */
    public String string(int slot) {
        return memory().readString(buffer(slot));
    }

    /** A {@code []byte} passed as {@code (ptr, len, cap)} from this slot on. */
    public byte[] bytes(int slot) {
        return memory().readBytes(buffer(slot));
    }

    public int[] ints(int slot) {
        return memory().readInts(buffer(slot));
    }

    public long[] longs(int slot) {
        return memory().readLongs(buffer(slot));
    }

    public float[] floats(int slot) {
        return memory().readFloats(buffer(slot));
    }

    public double[] doubles(int slot) {
        return memory().readDoubles(buffer(slot));
    }

    private GuestBuffer buffer(int slot) {
        return new GuestBuffer((int) args[slot], (int) args[slot + 1]);
    }

    private GuestMemory memory() {
        return new GuestMemory(instance.memory());
    }
}
