package dev.wasmbind.runtime;

import dev.wasmbind.runtime.internal.GuestMemory;
import dev.wasmbind.runtime.internal.Utf8;
import dev.wasmbind.runtime.internal.HostCall;
import java.util.Objects;

/**
 * A buffer in guest memory that a host function fills, the {@code (buf, limit)} pair of the convention that hosts
 * such as http-wasm use, as in Go's
 * {@code //go:wasmimport http_handler get_uri func getURI(buf *byte, limit uint32) (len uint32)}: the host writes
 * the whole value when it fits in {@code limit} bytes and nothing when it does not, and returns the value's full
 * length either way, so that a guest that gets back more than its limit can call again with a larger buffer.
 * Declare it as a parameter of a {@code @HostModule} method, and return what {@code write} returns:
 *
 * <pre>{@code
 * @HostModule("http_handler")
 * public interface HttpHandler {
 *     @Import("get_uri")
 *     int getUri(GuestBufferWriter buf);     // (i32 buf.ptr, i32 buf.limit) -> i32
 * }
 *
 * public int getUri(GuestBufferWriter buf) {
 *     return buf.write(request.uri());
 * }
 * }</pre>
 *
 * <p>The buffer is only valid while the host function that received it runs: afterwards every method but
 * {@link #capacity()} throws {@link IllegalStateException}. The guest's pointer is untrusted: a buffer that lies
 * outside guest memory fails the host function as it starts, with a {@link WasmBindException}, whatever it would
 * have written.
 */
public final class GuestBufferWriter {
    private final HostCall call;
    private final int address;
    private final int limit;

    private GuestBufferWriter(HostCall call, int address, int limit) {
        this.call = call;
        this.address = address;
        this.limit = limit;
    }

    /**
     * The buffer the guest passed as {@code (buf, limit)} in this slot and the next; generated adapters call it.
     *
     * @throws WasmBindException when the buffer does not lie inside guest memory
     */
    public static GuestBufferWriter at(HostCall call, int slot) {
        int address = call.i32(slot);
        int limit = call.i32(slot + 1);
        call.memory().checkInside(address, Integer.toUnsignedLong(limit));
        return new GuestBufferWriter(call, address, limit);
    }

    /**
     * How many bytes fit: the guest's {@code limit}, a Go {@code uint32}; a limit above {@link Integer#MAX_VALUE},
     * more than any Java array holds, reads as {@code Integer.MAX_VALUE}.
     */
    public int capacity() {
        return limit < 0 ? Integer.MAX_VALUE : limit;
    }

    /**
     * Writes {@code bytes} at the start of the buffer when they fit in it, and nothing when they do not.
     *
     * @return {@code bytes.length}, which the host function returns to the guest
     * @throws IllegalStateException when the host function has returned
     */
    public int write(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        GuestMemory memory = call.memory();
        if (bytes.length <= capacity()) {
            memory.write(address, bytes);
        }
        return bytes.length;
    }

    /**
     * Writes {@code text} as UTF-8, as Go strings are, when it fits; an unpaired surrogate becomes U+FFFD.
     *
     * @return the length of the UTF-8 bytes, which the host function returns to the guest
     * @throws IllegalStateException when the host function has returned
     */
    public int write(String text) {
        return write(Utf8.encode(Objects.requireNonNull(text, "text")));
    }
}
