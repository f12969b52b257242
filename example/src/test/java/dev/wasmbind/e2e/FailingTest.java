package dev.wasmbind.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dylibso.chicory.wasi.WasiOptions;
import com.dylibso.chicory.wasm.ChicoryException;
import dev.wasmbind.runtime.GuestExitException;
import dev.wasmbind.runtime.GuestPoisonedException;
import dev.wasmbind.runtime.WasmCallException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FailingTest {
    @Test
    void turnsATrapIntoAnExceptionThatNamesTheExport() {
        try (FailingWasm guest = FailingWasm.load()) {
            assertThatThrownBy(guest::trap)
                    .isInstanceOfSatisfying(WasmCallException.class, e -> assertThat(e.exportName()).isEqualTo("Trap"))
                    .hasMessageStartingWith("wasm export `Trap` failed: ")
                    .hasCauseInstanceOf(ChicoryException.class);
            assertThatThrownBy(() -> guest.echo(5)).isInstanceOf(GuestPoisonedException.class);
        }
    }

    @Test
    void reportsTheExitCodeAndRefusesLaterCalls() {
        try (FailingWasm guest = FailingWasm.load()) {
            assertThatThrownBy(() -> guest.exit(7))
                    .isInstanceOfSatisfying(GuestExitException.class, e -> {
                        assertThat(e.exitCode()).isEqualTo(7);
                        assertThat(e.exportName()).isEqualTo("Exit");
                    });
            assertThatThrownBy(() -> guest.echo(1))
                    .isInstanceOf(GuestPoisonedException.class)
                    .hasMessageContaining("the guest exited with code 7");
        }
    }

    @Test
    void sendsGuestStderrWhereWasiSays() {
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        WasiOptions wasi = WasiOptions.builder().withStderr(stderr).build();
        try (FailingWasm guest = FailingWasm.builder().wasi(wasi).build()) {
            assertThatThrownBy(() -> guest.panic("out of cheese")).isInstanceOf(WasmCallException.class);
        }

        assertThat(stderr.toString(StandardCharsets.UTF_8)).isEqualTo("panic: out of cheese\n");
    }

    @Test
    void refusesCallsAfterClose() {
        FailingWasm guest = FailingWasm.load();
        guest.close();

        assertThatThrownBy(() -> guest.echo(1)).isInstanceOf(IllegalStateException.class);
    }
}
