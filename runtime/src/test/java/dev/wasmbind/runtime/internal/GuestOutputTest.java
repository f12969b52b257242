package dev.wasmbind.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class GuestOutputTest {
    /** Counts what the guest's output does to the user's stream besides writing. */
    private static final class UserStream extends ByteArrayOutputStream {
        int flushes;
        boolean closed;

        @Override
        public void flush() {
            flushes++;
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    private static void writeBytes(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void passesSingleBytesOnAndKeepsThemForThePanic() throws IOException {
        UserStream user = new UserStream();
        GuestOutput output = new GuestOutput(user);
        for (byte b : "panic: one byte at a time\n".getBytes(StandardCharsets.UTF_8)) {
            output.write(b);
        }

        assertThat(user.toString(StandardCharsets.UTF_8)).isEqualTo("panic: one byte at a time\n");
        assertThat(output.lastPanic()).isEqualTo("one byte at a time");
    }

    @Test
    void findsAPanicWhoseBytesWrappedAroundTheKeptTail() throws IOException {
        GuestOutput output = new GuestOutput(OutputStream.nullOutputStream());
        writeBytes(output, "x".repeat(GuestOutput.TAIL_BYTES - 6) + "\n");
        writeBytes(output, "panic: boom\n");

        assertThat(output.lastPanic()).isEqualTo("boom");
    }

    @Test
    void forgetsTheOutputOfAnEndedCall() throws IOException {
        GuestOutput output = new GuestOutput(OutputStream.nullOutputStream());
        writeBytes(output, "panic: from the last call\n");
        output.endCall();

        assertThat(output.lastPanic()).isNull();
    }

    @Test
    void flushesTheUsersStreamButNeverClosesIt() throws IOException {
        UserStream user = new UserStream();
        GuestOutput output = new GuestOutput(user);
        output.flush();
        assertThat(user.flushes).isEqualTo(1);

        output.close();
        assertThat(user.flushes).isEqualTo(2);
        assertThat(user.closed).isFalse();
    }
}
