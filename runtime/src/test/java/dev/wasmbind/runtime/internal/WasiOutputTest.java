package dev.wasmbind.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wasmbind.runtime.Engine;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Unless told otherwise, what the guest prints reaches the JVM's own stdout and stderr (Chicory's default drops it). */
class WasiOutputTest {
    private final PrintStream out = System.out;
    private final PrintStream err = System.err;
    private final ByteArrayOutputStream printedOut = new ByteArrayOutputStream();
    private final ByteArrayOutputStream printedErr = new ByteArrayOutputStream();

    @BeforeEach
    void capture() {
        System.setOut(new PrintStream(printedOut, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(printedErr, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(out);
        System.setErr(err);
    }

    @Test
    void sendsTheGuestsStdoutAndStderrToSystemOutAndErr() {
        try (Guest guest = ProbeGuest.start(Engine.INTERPRETER)) {
            guest.function(ProbeGuest.PRINT).callVoid(1);
            guest.function(ProbeGuest.PRINT).callVoid(2);
        }

        assertThat(printedOut.toString(StandardCharsets.UTF_8)).isEqualTo("to fd 1\n");
        assertThat(printedErr.toString(StandardCharsets.UTF_8)).isEqualTo("to fd 2\n");
    }
}
