package dev.wasmbind.runtime.internal;

import com.dylibso.chicory.runtime.Memory;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * The last short string read from guest memory, kept with its bytes: when the next read finds the same bytes at
 * the same place, it returns the same {@link String} instead of copying and decoding them again. Guests often
 * return the same text call after call (a status, a name from their static data); comparing a few words of memory
 * costs less than the two allocations and the decoding a fresh string needs. A string is immutable, so which equal
 * instance a call returns cannot change what the caller sees; the bytes are compared on every read, so a guest that
 * changed them gets a fresh string.
 */
final class RecentString {
    /** Longer strings are decoded afresh: comparing them word by word would cost about as much as copying them. */
    static final int MAX_LENGTH = 64;
    private static final VarHandle LONGS =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    /** One string and where it was read; replaced whole, so that a read never pairs one entry's bytes with another's. */
    private record Entry(int address, byte[] bytes, String value) {}

    private Entry recent;

    /**
     * The string of the {@code length} bytes at {@code address}, which the caller checked lie inside memory.
     */
    String read(Memory memory, int address, int length) {
        Entry entry = recent;
        if (entry != null && entry.address == address && entry.bytes.length == length
                && sameBytes(memory, address, entry.bytes)) {
            return entry.value;
        }
        if (length > MAX_LENGTH) {
            return decode(memory, address, length);
        }
        byte[] bytes = memory.readBytes(address, length);
        String value = new String(bytes, StandardCharsets.UTF_8);
        recent = new Entry(address, bytes, value);
        return value;
    }

    /** The string of the {@code length} bytes at {@code address}, read afresh. */
    static String decode(Memory memory, int address, int length) {
        return new String(memory.readBytes(address, length), StandardCharsets.UTF_8);
    }

    /** Whether memory at {@code address} holds {@code bytes}: eight at a time, the last eight overlapping. */
    private static boolean sameBytes(Memory memory, int address, byte[] bytes) {
        int length = bytes.length;
        if (length < Long.BYTES) {
            for (int i = 0; i < length; i++) {
                if (memory.read(address + i) != bytes[i]) {
                    return false;
                }
            }
            return true;
        }
        for (int offset = 0; offset < length - Long.BYTES; offset += Long.BYTES) {
            if (memory.readLong(address + offset) != (long) LONGS.get(bytes, offset)) {
                return false;
            }
        }
        int last = length - Long.BYTES;
        return memory.readLong(address + last) == (long) LONGS.get(bytes, last);
    }
}
