package dev.wasmbind.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.dylibso.chicory.runtime.HostFunction;
import com.dylibso.chicory.wasi.WasiPreview1;
import com.dylibso.chicory.wasm.Parser;
import org.junit.jupiter.api.Test;

class WasiTest {
    @Test
    void everyFunctionOfChicorysWasiIsImportedFromTheWasiModule() {
        try (WasiPreview1 wasi = WasiPreview1.builder().build()) {
            HostFunction[] functions = wasi.toHostFunctions();
            assertThat(functions).isNotEmpty();
            for (HostFunction function : functions) {
                assertThat(function.module()).isEqualTo(Wasi.MODULE);
                assertThat(Wasi.provides(function.module(), function.name())).isTrue();
            }
        }
    }

    @Test
    void providesOnlyChicorysFunctionsOfTheWasiModule() {
        assertThat(Wasi.provides(Wasi.MODULE, "fd_write")).isTrue();
        assertThat(Wasi.provides(Wasi.MODULE, "no_such_call")).isFalse();
        assertThat(Wasi.provides("env", "fd_write")).isFalse();
    }

    @Test
    void aModuleNeedsWasiOnlyWhenItImportsFromIt() {
        assertThat(Wasi.importedBy(Parser.parse(GuestTest.resource("probe.wasm")))).isTrue();
        // imports nothing at all
        assertThat(Wasi.importedBy(Parser.parse(GuestTest.resource("allocator.wasm")))).isFalse();
    }
}
