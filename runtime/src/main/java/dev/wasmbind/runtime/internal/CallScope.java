package dev.wasmbind.runtime.internal;

import java.util.Arrays;
import java.util.Objects;

/**
 * The guest memory of one call: arguments copied in, a return area, and results the host must free. Closing the
 * scope frees all of it, also when the call trapped, so no call leaks guest memory. An instance reuses one scope for
 * all its outermost calls, one at a time.
 */
public final class CallScope implements AutoCloseable {
    private static final String NULL_ARGUMENT = "wasmbind cannot pass null: Go strings and slices have no null";

    private final Guest guest;
    private final GuestMemory memory;
    /** Whether this call took the instance, rather than nesting in a running call from a host function. */
    private final boolean outermost;
    /** What the call frees when it ends, and the length each was allocated with, for a sized free. */
    private int[] toFree = new int[4];
    private int[] toFreeSizes = new int[4];
    private int toFreeCount;
    /** The scope this call is nested in, or {@code null}. */
    private CallScope enclosing;
    /** Canonical-ABI post-returns waiting for the result to be read, with the results they are given; rare. */
    private GuestFunction[] postReturns;
    private long[][] postReturnResults;
    private int postReturnCount;
    /**
     * The instance's buffer for borrowed arguments ({@code @Borrowed}), kept by the outermost scope across calls:
     * allocated on first use, grown on demand, freed when the instance closes. 0 until then.
     */
    private int scratch;
    private int scratchSize;
    private int scratchUsed;
    /**
     * The block that holds this call's copied-in arguments together, so that a call mallocs and frees once for all
     * of them: sized at the first argument for it and for what followed the first argument in the previous call
     * (calls of one export look alike). An argument that does not fit gets a block of its own.
     */
    private int arguments;
    private int argumentsSize;
    private int argumentsUsed;
    private long followingBytes;
    private long previousFollowingBytes;

    CallScope(Guest guest, GuestMemory memory, boolean outermost) {
        this.guest = guest;
        this.memory = memory;
        this.outermost = outermost;
    }

    /**
     * Where the callee writes a result that does not fit one wasm value. The outermost call reuses the instance's
     * area; a nested call (from a host function) gets its own, so it cannot overwrite the outer call's result.
     *
     * @param size the bytes of this call's result, at most the binding's return area size
     */
    public int returnArea(int size) {
        if (size < 0 || size > guest.returnAreaSize()) {
            throw new IllegalArgumentException("a result of " + size + " bytes does not fit the return area of "
                    + guest.returnAreaSize() + " bytes");
        }
        int area;
        if (outermost) {
            area = guest.sharedReturnArea();
        } else {
            area = guest.allocate(size);
            track(area, size);
        }
        // a guest that writes nothing must yield an empty value, never the previous call's result
        memory.clear(area, size);
        return area;
    }

    public GuestBuffer writeString(String value) {
        byte[] bytes = Utf8.encode(Objects.requireNonNull(value, NULL_ARGUMENT));
        return copyIn(bytes, bytes.length);
    }

    public GuestBuffer writeBytes(byte[] values) {
        Objects.requireNonNull(values, NULL_ARGUMENT);
        return copyIn(values, values.length);
    }

    public GuestBuffer writeInts(int[] values) {
        return copyIn(GuestMemory.encode(Objects.requireNonNull(values, NULL_ARGUMENT)), values.length);
    }

    public GuestBuffer writeLongs(long[] values) {
        return copyIn(GuestMemory.encode(Objects.requireNonNull(values, NULL_ARGUMENT)), values.length);
    }

    public GuestBuffer writeFloats(float[] values) {
        return copyIn(GuestMemory.encode(Objects.requireNonNull(values, NULL_ARGUMENT)), values.length);
    }

    public GuestBuffer writeDoubles(double[] values) {
        return copyIn(GuestMemory.encode(Objects.requireNonNull(values, NULL_ARGUMENT)), values.length);
    }

    /**
     * Writes an argument that the guest only reads during the call ({@code @Borrowed}): into the instance's reused
     * buffer, without an allocation and free of its own. A nested call (from a host function) copies it in as
     * usual: the buffer still holds the outer call's arguments; so does a canonical-ABI guest, which owns and frees
     * what it is given.
     */
    public GuestBuffer borrowString(String value) {
        byte[] bytes = Utf8.encode(Objects.requireNonNull(value, NULL_ARGUMENT));
        return borrow(bytes, bytes.length);
    }

    public GuestBuffer borrowBytes(byte[] values) {
        Objects.requireNonNull(values, NULL_ARGUMENT);
        return borrow(values, values.length);
    }

    public GuestBuffer borrowInts(int[] values) {
        return borrow(GuestMemory.encode(Objects.requireNonNull(values, NULL_ARGUMENT)), values.length);
    }

    public GuestBuffer borrowLongs(long[] values) {
        return borrow(GuestMemory.encode(Objects.requireNonNull(values, NULL_ARGUMENT)), values.length);
    }

    public GuestBuffer borrowFloats(float[] values) {
        return borrow(GuestMemory.encode(Objects.requireNonNull(values, NULL_ARGUMENT)), values.length);
    }

    public GuestBuffer borrowDoubles(double[] values) {
        return borrow(GuestMemory.encode(Objects.requireNonNull(values, NULL_ARGUMENT)), values.length);
    }

    /** Reads a string or slice header {@code (ptr, len)} from a return area. */
    public GuestBuffer bufferAt(int address) {
        return memory.bufferAt(address);
    }

    /**
     * Splits a {@code ptr << 32 | len} result, or the values {@code (ptr, len)} as {@code callPair} packs them; a
     * region outside memory, or of some length at address 0 or below the module's static data, fails with a hint at
     * the packing order.
     */
    public GuestBuffer unpack(long packed) {
        return memory.checkPacked(packed, false);
    }

    /** Splits a {@code len << 32 | ptr} result ({@code @PackedOrder(LENGTH_HIGH)}), checked as {@link #unpack}. */
    public GuestBuffer unpackLengthHigh(long packed) {
        return memory.checkPacked(packed, true);
    }

    /**
     * The result's memory belongs to the host: free it with the guest's free when the call ends, a sized free given
     * its {@code buffer.length() * elementSize} bytes. Called once the result was read, so a region the bounds check
     * rejected is never handed to the free.
     */
    public void freeAfterCall(GuestBuffer buffer, int elementSize) {
        if (buffer.address() != 0) {
            // the read succeeded, so the region lies in guest memory and its byte length fits an int
            track(buffer.address(), buffer.length() * elementSize);
        }
    }

    public String readString(GuestBuffer buffer) {
        return memory.readString(buffer);
    }

    public byte[] readBytes(GuestBuffer buffer) {
        return memory.readBytes(buffer);
    }

    public int[] readInts(GuestBuffer buffer) {
        return memory.readInts(buffer);
    }

    public long[] readLongs(GuestBuffer buffer) {
        return memory.readLongs(buffer);
    }

    public float[] readFloats(GuestBuffer buffer) {
        return memory.readFloats(buffer);
    }

    public double[] readDoubles(GuestBuffer buffer) {
        return memory.readDoubles(buffer);
    }

    public int readI32(int address) {
        return memory.readI32(address);
    }

    public long readI64(int address) {
        return memory.readI64(address);
    }

    public float readF32(int address) {
        return memory.readF32(address);
    }

    public double readF64(int address) {
        return memory.readF64(address);
    }

    public byte readI8(int address) {
        return memory.readI8(address);
    }

    public short readI16(int address) {
        return memory.readI16(address);
    }

    public char readU16(int address) {
        return (char) memory.readI16(address);
    }

    public boolean readBool(int address) {
        return memory.readBool(address);
    }

    /**
     * Frees, newest first, everything this call allocated or was handed. After a call ended abnormally nothing is
     * freed: the guest's heap may be half-updated, and the instance takes no more calls anyway.
     */
    @Override
    public void close() {
        try {
            releaseResults();
            freeAll();
        } finally {
            guest.leave(enclosing);
            enclosing = null;
            // what an abnormal end left unfreed stays in the guest; the scope may serve the next call
            toFreeCount = 0;
            scratchUsed = 0;
            previousFollowingBytes = followingBytes;
            followingBytes = 0;
            arguments = 0;
            argumentsSize = 0;
            argumentsUsed = 0;
            guest.end(outermost);
        }
    }

    /** Newest first; a failing {@code free} ends it, as it poisoned the instance or cannot free anything. */
    private void freeAll() {
        while (toFreeCount > 0 && guest.isUsable()) {
            toFreeCount--;
            guest.free(toFree[toFreeCount], toFreeSizes[toFreeCount]);
        }
    }

    /** The call runs inside {@code enclosing}, or is outermost ({@code null}). */
    void enclose(CallScope enclosing) {
        this.enclosing = enclosing;
    }

    /** Calls a canonical-ABI post-return with the export's results once the binding has read them. */
    void postReturnAtClose(GuestFunction postReturn, long[] results) {
        if (postReturns == null) {
            postReturns = new GuestFunction[1];
            postReturnResults = new long[1][];
        } else if (postReturnCount == postReturns.length) {
            postReturns = Arrays.copyOf(postReturns, postReturnCount * 2);
            postReturnResults = Arrays.copyOf(postReturnResults, postReturnCount * 2);
        }
        postReturns[postReturnCount] = postReturn;
        postReturnResults[postReturnCount++] = results;
    }

    /** Newest first, like the frees; none once a call ended abnormally. */
    private void releaseResults() {
        try {
            while (postReturnCount > 0 && guest.isUsable()) {
                postReturnCount--;
                postReturns[postReturnCount].callVoid(postReturnResults[postReturnCount]);
            }
        } finally {
            while (postReturnCount > 0) {
                postReturnCount--;
                postReturns[postReturnCount] = null;
                postReturnResults[postReturnCount] = null;
            }
        }
    }

    private GuestBuffer copyIn(byte[] bytes, int length) {
        if (bytes.length == 0) {
            return GuestBuffer.EMPTY;
        }
        int address = place(bytes.length);
        memory.write(address, bytes);
        return new GuestBuffer(address, length);
    }

    /** Where a copied-in argument of {@code size} bytes goes: in the call's block of arguments when it fits. */
    private int place(int size) {
        if (!guest.hostFreesArguments()) {
            // the callee owns and frees each argument by itself (canonical ABI): one block each, never freed here
            return guest.allocate(size);
        }
        if (arguments == 0) {
            // the first argument opens the block; the previous call's later arguments tell how much more to take
            long wanted = alignUp(size) + (outermost ? previousFollowingBytes : 0);
            argumentsSize = wanted <= Integer.MAX_VALUE ? (int) wanted : alignUp(size);
            arguments = guest.allocate(argumentsSize);
            track(arguments, argumentsSize);
            argumentsUsed = alignUp(size);
            return arguments;
        }
        followingBytes += alignUp(size);
        if (argumentsSize - argumentsUsed >= size) {
            int address = arguments + argumentsUsed;
            argumentsUsed += alignUp(size);
            return address;
        }
        int address = guest.allocate(size);
        track(address, size);
        return address;
    }

    /** Places the bytes in the reused buffer, 8-aligned for any element type; grows it when they do not fit. */
    private GuestBuffer borrow(byte[] bytes, int length) {
        if (!outermost || !guest.hostFreesArguments()) {
            return copyIn(bytes, length);
        }
        if (bytes.length == 0) {
            return GuestBuffer.EMPTY;
        }
        int offset = alignUp(scratchUsed);
        if (scratchSize - offset < bytes.length) {
            // this call's earlier arguments stay where they are: the old buffer is freed when the call ends
            int size = Math.max(alignUp(offset + bytes.length), 2 * scratchSize);
            int grown = guest.allocate(size);
            if (scratch != 0) {
                track(scratch, scratchSize);
            }
            scratch = grown;
            scratchSize = size;
            offset = 0;
        }
        memory.write(scratch + offset, bytes);
        scratchUsed = offset + bytes.length;
        return new GuestBuffer(scratch + offset, length);
    }

    private static int alignUp(int offset) {
        return (offset + Long.BYTES - 1) & -Long.BYTES;
    }

    /** Frees the buffer of borrowed arguments: the instance is closing. */
    void releaseScratch() {
        if (scratch != 0 && guest.isUsable()) {
            guest.free(scratch, scratchSize);
        }
        scratch = 0;
        scratchSize = 0;
    }

    private void track(int address, int size) {
        if (toFreeCount == toFree.length) {
            toFree = Arrays.copyOf(toFree, toFreeCount * 2);
            toFreeSizes = Arrays.copyOf(toFreeSizes, toFreeCount * 2);
        }
        toFree[toFreeCount] = address;
        toFreeSizes[toFreeCount++] = size;
    }
}
