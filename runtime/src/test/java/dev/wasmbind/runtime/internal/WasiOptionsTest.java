package dev.wasmbind.runtime.internal;

import static dev.wasmbind.runtime.internal.Signatures.sig;
import static org.assertj.core.api.Assertions.assertThat;

import com.dylibso.chicory.wasi.WasiOptions;
import dev.wasmbind.runtime.Engine;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The user's WASI options reach the guest, although wasmbind puts its own output streams in them. */
class WasiOptionsTest {
    private static final ExportSpec ENVIRONMENT =
            ExportSpec.of("environment", "int environment()", Allocator.NONE, sig("() -> i32"));
    private static final ExportSpec PREOPENED =
            ExportSpec.of("preopened", "int preopened()", Allocator.NONE, sig("() -> i32"));
    private static final int ERRNO_BADF = 8;

    private static final ModuleBinding BINDING =
            ModuleBinding.builder(RuntimeContract.V5, "test.WasiOptions", "wasi_options.wasm")
                    .export(ENVIRONMENT)
                    .export(PREOPENED)
                    .build();

    @Test
    void passesTheEnvironmentAndThePreopenedDirectoriesOn(@TempDir Path directory) {
        WasiOptions options = WasiOptions.builder()
                .withEnvironment("GREETING", "hello")
                .withEnvironment("NAME", "guest")
                .withDirectory("/data", directory)
                .build();
        try (Guest guest = new GuestTest.TestBuilder(BINDING, Engine.INTERPRETER).wasi(options).build()) {
            assertThat(guest.function(ENVIRONMENT).callI32()).isEqualTo(2);
            assertThat(guest.function(PREOPENED).callI32()).isZero();
        }
    }

    @Test
    void givesNoneByDefault() {
        try (Guest guest = new GuestTest.TestBuilder(BINDING, Engine.INTERPRETER).wasi(WasiOptions.builder().build())
                .build()) {
            assertThat(guest.function(ENVIRONMENT).callI32()).isZero();
            assertThat(guest.function(PREOPENED).callI32()).isEqualTo(ERRNO_BADF);
        }
    }
}
