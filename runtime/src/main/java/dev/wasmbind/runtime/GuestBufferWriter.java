package dev.wasmbind.runtime;

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
 *
 * <p>wasmbind's generated adapters make the buffers; a test of a host implementation may pass one of its own.
 */
public interface GuestBufferWriter {

    /**
     * How many bytes fit: the guest's {@code limit}, a Go {@code uint32}; a limit above {@link Integer#MAX_VALUE},
     * more than any Java array holds, reads as {@code Integer.MAX_VALUE}.
     */
    int capacity();

    /**
     * Writes {@code bytes} at the start of the buffer when they fit in it, and nothing when they do not.
     *
     * @return {@code bytes.length}, which the host function returns to the guest
     * @throws IllegalStateException when the host function has returned
     */
    int write(byte[] bytes);

    /**
     * Writes {@code text} as UTF-8, as Go strings are, when it fits; an unpaired surrogate becomes U+FFFD.
     *
     * @return the length of the UTF-8 bytes, which the host function returns to the guest
     * @throws IllegalStateException when the host function has returned
     */
    int write(String text);
}
