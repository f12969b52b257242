package dev.wasmbind.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wasmbind.runtime.GuestExitException;
import dev.wasmbind.runtime.GuestPoisonedException;
import dev.wasmbind.runtime.Engine;
import com.dylibso.chicory.wasi.WasiOptions;
import org.junit.jupiter.api.Test;

/** An exit is an exit however WASI reports it: with options that make proc_exit(0) end quietly, too. */
class GuestExitTest {

    @Test
    void treatsAQuietExitZeroAsAnExit() {
        WasiOptions quietExit = WasiOptions.builder().withThrowOnExit0(false).build();
        try (Guest guest = new GuestTest.TestBuilder(ProbeGuest.BINDING, Engine.INTERPRETER)
                .hostFunctions(ProbeGuest.seen(ignored -> {}))
                .wasi(quietExit)
                .build()) {
            assertThatThrownBy(() -> guest.function(ProbeGuest.EXIT).callVoid(0))
                    .isInstanceOfSatisfying(GuestExitException.class, e -> {
                        assertThat(e.exitCode()).isZero();
                        assertThat(e.exportName()).isEqualTo("exit");
                    });
            assertThatThrownBy(() -> guest.function(ProbeGuest.PRINT).callVoid(1))
                    .isInstanceOf(GuestPoisonedException.class)
                    .hasMessageContaining("the guest exited with code 0");
        }
    }
}
