package dev.wasmbind.runtime.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * One of the guest's output streams: everything goes on to the stream the user configured, and the last
 * {@value #TAIL_BYTES} bytes written during the current call are kept, so that a failing call can quote the
 * {@code panic: …} line a TinyGo guest prints just before it traps.
 */
final class GuestOutput extends OutputStream {
    static final int TAIL_BYTES = 4096;
    private static final String PANIC = "panic: ";

    private final OutputStream target;
    /** Made on the first write: most guests never print, and an instance would carry two of these for nothing. */
    private byte[] tail;
    /** Bytes written since the call began; the tail holds the last {@code min(written, TAIL_BYTES)} of them. */
    private long written;

    GuestOutput(OutputStream target) {
        this.target = Objects.requireNonNull(target, "target");
    }

    /** Forgets the call's output once it ended; read first, so that a call that wrote nothing costs no write. */
    void endCall() {
        if (written != 0) {
            written = 0;
        }
    }

    @Override
    public void write(int b) throws IOException {
        target.write(b);
        tail()[(int) (written++ % TAIL_BYTES)] = (byte) b;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        target.write(bytes, offset, length);
        Objects.checkFromIndexSize(offset, length, bytes.length);
        int keep = Math.min(length, TAIL_BYTES);
        int from = offset + length - keep;
        written += length - keep;
        byte[] tail = tail();
        for (int i = 0; i < keep; i++) {
            tail[(int) (written++ % TAIL_BYTES)] = bytes[from + i];
        }
    }

    private byte[] tail() {
        if (tail == null) {
            tail = new byte[TAIL_BYTES];
        }
        return tail;
    }

    @Override
    public void flush() throws IOException {
        target.flush();
    }

    /** The guest's streams belong to the user, who closes them; the guest's WASI context does not. */
    @Override
    public void close() throws IOException {
        target.flush();
    }

    /** The message of the last line starting with {@code panic: } written during this call, or {@code null}. */
    String lastPanic() {
        String[] lines = new String(kept(), StandardCharsets.UTF_8).split("\n");
        for (int i = lines.length - 1; i >= 0; i--) {
            if (lines[i].startsWith(PANIC)) {
                return lines[i].substring(PANIC.length()).strip();
            }
        }
        return null;
    }

    /** The kept bytes in the order they were written. */
    private byte[] kept() {
        int size = (int) Math.min(written, TAIL_BYTES);
        byte[] kept = new byte[size];
        int first = (int) ((written - size) % TAIL_BYTES);
        for (int i = 0; i < size; i++) {
            kept[i] = tail[(first + i) % TAIL_BYTES];
        }
        return kept;
    }
}
