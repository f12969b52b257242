package dev.wasmbind.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Real TinyGo builds calling Java through a typed host interface instead of raw Chicory host functions. */
class TinyGoHostFunctionsTest {

    @ParameterizedTest
    @ValueSource(strings = {"wazero-greet-0.23", "wazero-greet-0.27", "wazero-greet-0.28.1", "wazero-greet-0.35.0"})
    void logsThroughTheTypedHostInterface(String build) {
        Path module = TinyGoFixtures.require(build + "/greet.wasm");
        List<String> lines = new ArrayList<>();
        WazeroEnv env = lines::add;
        try (WazeroGreetWithEnvWasm guest = WazeroGreetWithEnvWasm.builder().module(module).wazeroEnv(env).build()) {
            guest.greet("wazero");
        }

        assertThat(lines).containsExactly("wasm >> Hello, wazero!");
    }
}
