package dev.wasmbind.runtime.internal;

import com.dylibso.chicory.runtime.Instance;
import dev.wasmbind.runtime.GuestBufferWriter;
import dev.wasmbind.runtime.WasmBindException;

/**
 * The arguments of one call from the guest into a host function, read by slot the way the TinyGo ABI lowered
 * them. Strings and slices are copied out at once: the guest's memory is only valid during the call, and once the
 * host function has returned, reading it through this object throws {@link IllegalStateException}.
 */
public final class HostCall {
    private final Instance instance;
    private final long[] args;
    /** The export {@code @GuestAllocator} names for a result handed to the guest; {@code null} for the guest's own. */
    private final String resultAllocator;
    private GuestMemory memory;
    private boolean returned;

    HostCall(Instance instance, long[] args, String resultAllocator) {
        this.instance = instance;
        this.args = args;
        this.resultAllocator = resultAllocator;
    }

    public int i32(int slot) {
        return i32(args, slot);
    }

    public long i64(int slot) {
        return i64(args, slot);
    }

    public float f32(int slot) {
        return f32(args, slot);
    }

    public double f64(int slot) {
        return f64(args, slot);
    }

    public boolean bool(int slot) {
        return bool(args, slot);
    }

    /** A Go {@code uint32} widened to {@code long}. */
    public long u32(int slot) {
        return u32(args, slot);
    }

    /** The {@code i32} in this slot of a host function's arguments, read without a call: it needs nothing else. */
    public static int i32(long[] args, int slot) {
        return (int) args[slot];
    }

    public static long i64(long[] args, int slot) {
        return args[slot];
    }

    public static float f32(long[] args, int slot) {
        return Abi.toF32(args[slot]);
    }

    public static double f64(long[] args, int slot) {
        return Abi.toF64(args[slot]);
    }

    public static boolean bool(long[] args, int slot) {
        return Abi.toBool((int) args[slot]);
    }

    public static long u32(long[] args, int slot) {
        return Abi.toU32((int) args[slot]);
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

    /**
     * The buffer the guest passed as {@code (buf, limit)} in this slot and the next, for a host function to fill.
     *
     * @throws WasmBindException when the buffer does not lie inside guest memory
     */
    public GuestBufferWriter bufferWriter(int slot) {
        int address = i32(slot);
        int limit = i32(slot + 1);
        memory().checkInside(address, Integer.toUnsignedLong(limit));
        return new HostBufferWriter(this, address, limit);
    }

    /** The object a {@code @Handle} parameter in this slot names, as {@code type}; {@code null} for handle 0. */
    public <T> T handle(int slot, Class<T> type) {
        return GuestHandles.of(instance).get((int) args[slot], type);
    }

    /** Hands a host function's {@code @Handle} result to the guest: its handle, 0 for {@code null}. */
    public int handleToGuest(Object value) {
        return GuestHandles.of(instance).toGuest(value);
    }

    /**
     * Hands a host function's {@code String} result to the guest: its UTF-8 bytes in memory from the guest's
     * allocator (or the export {@code @GuestAllocator} names), packed as {@code ptr << 32 | len}; the guest owns them from here on. An empty string is
     * {@code (0, 0)}, with nothing allocated.
     */
    public long stringToGuest(String value) {
        return toGuest(Utf8.encode(requireResult(value)), false);
    }

    /** Hands a host function's {@code byte[]} result to the guest, as {@link #stringToGuest} does. */
    public long bytesToGuest(byte[] value) {
        return toGuest(requireResult(value), false);
    }

    /** {@link #stringToGuest}, packed as {@code len << 32 | ptr} ({@code @PackedOrder(LENGTH_HIGH)}). */
    public long stringToGuestLengthHigh(String value) {
        return toGuest(Utf8.encode(requireResult(value)), true);
    }

    /** {@link #bytesToGuest}, packed as {@code len << 32 | ptr} ({@code @PackedOrder(LENGTH_HIGH)}). */
    public long bytesToGuestLengthHigh(byte[] value) {
        return toGuest(requireResult(value), true);
    }

    private <T> T requireResult(T value) {
        if (value == null) {
            throw new WasmBindException("the host function returned null, but the guest takes a Go string or slice, "
                    + "which has no null: return an empty value instead");
        }
        return value;
    }

    private long toGuest(byte[] bytes, boolean lengthHigh) {
        if (bytes.length == 0) {
            return 0;
        }
        int address;
        if (resultAllocator == null) {
            address = GuestAllocations.of(instance).allocate(bytes.length);
        } else {
            address = (int) instance.export(resultAllocator).apply(bytes.length)[0];
            if (address == 0) {
                throw new WasmBindException("the guest's " + resultAllocator + "(" + bytes.length + ") returned 0: it "
                        + "is out of memory");
            }
        }
        memory().write(address, bytes);
        return lengthHigh ? GuestMemory.packLengthHigh(address, bytes.length) : GuestMemory.pack(address, bytes.length);
    }

    private GuestBuffer buffer(int slot) {
        return new GuestBuffer((int) args[slot], (int) args[slot + 1]);
    }

    /** The host function has returned; what the guest passed is no longer valid. */
    void end() {
        returned = true;
    }

    /**
     * The guest's memory while the host function runs, also for the runtime types of host parameters that keep the
     * call. Made on first use: most host calls pass scalars only.
     *
     * @throws IllegalStateException once the host function has returned
     */
    public GuestMemory memory() {
        if (returned) {
            throw new IllegalStateException("guest memory was used through a host call that has returned: what the "
                    + "guest passes to a host function is only valid while the function runs; use it, or copy it, "
                    + "before returning");
        }
        if (memory == null) {
            memory = new GuestMemory(instance.memory());
        }
        return memory;
    }
}
