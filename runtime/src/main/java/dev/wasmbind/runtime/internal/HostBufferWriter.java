package dev.wasmbind.runtime.internal;

import dev.wasmbind.runtime.GuestBufferWriter;
import java.util.Objects;

/**
 * The {@code (buf, limit)} buffer a guest passed to a host function, valid while the host call runs.
 *
 * @param address where the buffer starts in guest memory
 * @param limit the guest's limit, a Go {@code uint32}
 */
record HostBufferWriter(HostCall call, int address, int limit) implements GuestBufferWriter {

    @Override
    public int capacity() {
        return limit < 0 ? Integer.MAX_VALUE : limit;
    }

    @Override
    public int write(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        GuestMemory memory = call.memory();
        if (bytes.length <= capacity()) {
            memory.write(address, bytes);
        }
        return bytes.length;
    }

    @Override
    public int write(String text) {
        return write(Utf8.encode(Objects.requireNonNull(text, "text")));
    }
}
