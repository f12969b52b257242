package dev.wasmbind.runtime.internal;

import dev.wasmbind.runtime.WasmBindException;
import com.dylibso.chicory.runtime.Memory;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.nio.LongBuffer;

/**
 * Reads and writes the values the TinyGo ABI keeps in linear memory: little-endian scalars, UTF-8 strings and
 * slices of little-endian elements. Every region the guest hands back is bounds-checked first, so a bad pointer
 * becomes a clear {@link WasmBindException} instead of an index error deep inside Chicory.
 */
public final class GuestMemory {
    private Memory memory;
    /**
     * Where the module's static data starts ({@link PreparedModule#staticDataFloor()}): no region a call hands back
     * lies below it. 0 where unknown.
     */
    private final int staticDataFloor;
    /** Up to this many bytes, {@link #clear} stores words rather than calling {@code Memory.fill}. */
    static final int SMALL_CLEAR = 64;
    /** {@code null} for the memory of one host call, which reads each string once. */
    private final RecentString recentString;

    /** The memory of one host call: its static data is unknown, so only the whole memory bounds its regions. */
    public GuestMemory(Memory memory) {
        this.memory = memory;
        this.staticDataFloor = 0;
        this.recentString = null;
    }

    /**
     * The memory of an instance, which remembers the last short string it read.
     *
     * @param staticDataFloor the lowest address of the module's static data, or 0 where unknown
     */
    GuestMemory(Memory memory, int staticDataFloor) {
        this.memory = memory;
        this.staticDataFloor = staticDataFloor;
        this.recentString = new RecentString();
    }

    /**
     * Lets go of the guest's memory once its instance is poisoned; a later access throws
     * {@link NullPointerException}, which no call reaches, as a poisoned instance refuses calls first.
     */
    void release() {
        memory = null;
    }

    /** The memory's current size in 64 KiB pages. */
    public int pages() {
        return memory.pages();
    }

    /** Reads the {@code (ptr, len)} pair of i32 that a string or slice header starts with. */
    public GuestBuffer bufferAt(int address) {
        checkInside(address, 8);
        return new GuestBuffer(memory.readInt(address), memory.readInt(address + 4));
    }

    /** Splits the {@code ptr << 32 | len} form of hand-written exports. */
    public static GuestBuffer unpack(long packed) {
        return new GuestBuffer((int) (packed >>> 32), (int) packed);
    }

    /** Splits the {@code len << 32 | ptr} form of plugin hosts that pack the other way round. */
    public static GuestBuffer unpackLengthHigh(long packed) {
        return new GuestBuffer((int) packed, (int) (packed >>> 32));
    }

    /** Joins a region into the {@code ptr << 32 | len} form, as {@link #unpack} splits it. */
    public static long pack(int address, int length) {
        return ((long) address << 32) | Integer.toUnsignedLong(length);
    }

    /** Joins a region into the {@code len << 32 | ptr} form, as {@link #unpackLengthHigh} splits it. */
    public static long packLengthHigh(int address, int length) {
        return ((long) length << 32) | Integer.toUnsignedLong(address);
    }

    /**
     * The region a packed value holds. A length larger than the whole memory, a length at address 0, or a region
     * that starts below the module's static data is what reading a value packed the other way round usually gives:
     * the real length lands where the address belongs. The message says so; any other region outside memory fails
     * as every region read does. An empty region passes at any address (Go's empty string is {@code (0, 0)}).
     *
     * @param lengthHigh the order the value was read in: {@code len << 32 | ptr} rather than {@code ptr << 32 | len}
     */
    GuestBuffer checkPacked(long packed, boolean lengthHigh) {
        GuestBuffer region = lengthHigh ? unpackLengthHigh(packed) : unpack(packed);
        long size = (long) memory.pages() * Memory.PAGE_SIZE;
        if (Integer.toUnsignedLong(region.length()) > size) {
            throw wrongOrder(packed, lengthHigh, "a length larger than the guest's memory of " + size + " bytes");
        }
        if (region.length() != 0 && region.address() == 0) {
            throw wrongOrder(packed, lengthHigh, "a length at address 0, where no guest allocates,");
        }
        if (region.length() != 0 && Integer.compareUnsigned(region.address(), staticDataFloor) < 0) {
            throw wrongOrder(packed, lengthHigh, "a region that starts below the module's static data at "
                    + Integer.toUnsignedString(staticDataFloor) + ", where no result lives,");
        }
        return region;
    }

    /** The hint at the other packing order, quoting both readings of the value; {@code sign} is what gave it away. */
    private static WasmBindException wrongOrder(long packed, boolean lengthHigh, String sign) {
        GuestBuffer region = lengthHigh ? unpackLengthHigh(packed) : unpack(packed);
        GuestBuffer swapped = lengthHigh ? unpack(packed) : unpackLengthHigh(packed);
        String read = lengthHigh ? "len << 32 | ptr" : "ptr << 32 | len";
        String other = lengthHigh ? "ptr << 32 | len" : "len << 32 | ptr";
        return new WasmBindException("the packed value 0x" + Long.toHexString(packed) + ", read as " + read
                + ", is the region of " + Integer.toUnsignedString(region.length()) + " bytes at "
                + Integer.toUnsignedString(region.address()) + ": " + sign
                + " is the usual sign that the guest packs it the other way round, " + other + " (the "
                + Integer.toUnsignedString(swapped.length()) + " bytes at "
                + Integer.toUnsignedString(swapped.address()) + "); if so, declare @PackedOrder("
                + (lengthHigh ? "POINTER_HIGH" : "LENGTH_HIGH") + ") on the method or its interface");
    }

    /** The UTF-8 string in the region; the same instance as last time when the region holds the same bytes. */
    public String readString(GuestBuffer buffer) {
        int length = checkRegion(buffer, Byte.BYTES);
        return recentString != null
                ? recentString.read(memory, buffer.address(), length)
                : RecentString.decode(memory, buffer.address(), length);
    }

    public byte[] readBytes(GuestBuffer buffer) {
        return memory.readBytes(buffer.address(), checkRegion(buffer, Byte.BYTES));
    }

    public int[] readInts(GuestBuffer buffer) {
        IntBuffer elements = littleEndian(buffer, Integer.BYTES).asIntBuffer();
        int[] values = new int[elements.remaining()];
        elements.get(values);
        return values;
    }

    public long[] readLongs(GuestBuffer buffer) {
        LongBuffer elements = littleEndian(buffer, Long.BYTES).asLongBuffer();
        long[] values = new long[elements.remaining()];
        elements.get(values);
        return values;
    }

    public float[] readFloats(GuestBuffer buffer) {
        FloatBuffer elements = littleEndian(buffer, Float.BYTES).asFloatBuffer();
        float[] values = new float[elements.remaining()];
        elements.get(values);
        return values;
    }

    public double[] readDoubles(GuestBuffer buffer) {
        DoubleBuffer elements = littleEndian(buffer, Double.BYTES).asDoubleBuffer();
        double[] values = new double[elements.remaining()];
        elements.get(values);
        return values;
    }

    public int readI32(int address) {
        checkInside(address, Integer.BYTES);
        return memory.readInt(address);
    }

    public long readI64(int address) {
        checkInside(address, Long.BYTES);
        return memory.readLong(address);
    }

    public float readF32(int address) {
        checkInside(address, Float.BYTES);
        return memory.readFloat(address);
    }

    public double readF64(int address) {
        checkInside(address, Double.BYTES);
        return memory.readDouble(address);
    }

    public byte readI8(int address) {
        checkInside(address, Byte.BYTES);
        return memory.read(address);
    }

    public short readI16(int address) {
        checkInside(address, Short.BYTES);
        return memory.readShort(address);
    }

    /** A Go {@code bool} is one byte; C and TinyGo treat any non-zero byte as true. */
    public boolean readBool(int address) {
        return readI8(address) != 0;
    }

    public void write(int address, byte[] bytes) {
        checkInside(address, bytes.length);
        memory.write(address, bytes);
    }

    /**
     * Checks that the {@code size} bytes at {@code address}, as the guest passed them, lie inside memory.
     *
     * @throws WasmBindException when they do not
     */
    public void checkInside(int address, long size) {
        if (Integer.toUnsignedLong(address) + size > (long) memory.pages() * Memory.PAGE_SIZE) {
            throw outside(address, size);
        }
    }

    /**
     * Zeroes {@code size} bytes at {@code address}. A return area (a few words, cleared before every call that uses
     * one) is cleared word by word: {@code Memory.fill}'s general path costs more than the few stores.
     */
    public void clear(int address, int size) {
        checkInside(address, size);
        if (size > SMALL_CLEAR) {
            memory.fill((byte) 0, address, address + size);
            return;
        }
        int offset = 0;
        for (; offset + Long.BYTES <= size; offset += Long.BYTES) {
            memory.writeLong(address + offset, 0);
        }
        for (; offset < size; offset++) {
            memory.writeByte(address + offset, (byte) 0);
        }
    }

    /** Encodes elements little-endian, the order of every wasm memory. */
    static byte[] encode(int[] values) {
        ByteBuffer bytes = allocate(values.length, Integer.BYTES);
        bytes.asIntBuffer().put(values);
        return bytes.array();
    }

    static byte[] encode(long[] values) {
        ByteBuffer bytes = allocate(values.length, Long.BYTES);
        bytes.asLongBuffer().put(values);
        return bytes.array();
    }

    static byte[] encode(float[] values) {
        ByteBuffer bytes = allocate(values.length, Float.BYTES);
        bytes.asFloatBuffer().put(values);
        return bytes.array();
    }

    static byte[] encode(double[] values) {
        ByteBuffer bytes = allocate(values.length, Double.BYTES);
        bytes.asDoubleBuffer().put(values);
        return bytes.array();
    }

    private static ByteBuffer allocate(int count, int elementSize) {
        return ByteBuffer.allocate(Math.multiplyExact(count, elementSize)).order(ByteOrder.LITTLE_ENDIAN);
    }

    private ByteBuffer littleEndian(GuestBuffer buffer, int elementSize) {
        byte[] bytes = memory.readBytes(buffer.address(), checkRegion(buffer, elementSize));
        return ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    }

    /** The buffer's size in bytes, once it is known to lie inside memory. */
    private int checkRegion(GuestBuffer buffer, int elementSize) {
        if (buffer.length() < 0) {
            throw new WasmBindException("the guest returned a negative length " + buffer.length()
                    + " for the region at " + Integer.toUnsignedString(buffer.address()));
        }
        long size = (long) buffer.length() * elementSize;
        if (size > Integer.MAX_VALUE) {
            throw outside(buffer.address(), size);
        }
        checkInside(buffer.address(), size);
        return (int) size;
    }

    private WasmBindException outside(int address, long size) {
        return new WasmBindException("the region of " + size + " bytes at " + Integer.toUnsignedString(address)
                + " lies outside the guest's memory of " + (long) memory.pages() * Memory.PAGE_SIZE + " bytes");
    }
}
