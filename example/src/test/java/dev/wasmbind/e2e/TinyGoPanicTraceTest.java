package dev.wasmbind.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.dylibso.chicory.wasi.WasiOptions;
import dev.wasmbind.runtime.Engine;
import dev.wasmbind.runtime.WasmCallException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A real TinyGo panic's trace names the Go runtime's functions it passed through, on both engines. */
class TinyGoPanicTraceTest {
    /** A pointer TinyGo's allocator never handed out: its {@code free} panics on it. */
    private static final int NOT_ALLOCATED = 12344;

    static List<Arguments> builds() {
        return Arrays.stream(Engine.values()).flatMap(engine -> List.of(
                Arguments.of("wazero-greet-0.27", engine, List.of(
                        "wasm.runtime._panic(greet.wasm:func 11)",
                        "wasm.free(greet.wasm:func 48)")),
                Arguments.of("wazero-greet-0.28.1", engine, List.of(
                        "wasm.runtime._panic(greet.wasm:func 15)",
                        "wasm.free(greet.wasm:func 73)")),
                Arguments.of("wazero-greet-0.35.0", engine, List.of(
                        "wasm.runtime.panicOrGoexit(greet.wasm:func 85)",
                        "wasm.runtime._panic(greet.wasm:func 30)",
                        "wasm.free(greet.wasm:func 69)"))).stream()).toList();
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("builds")
    void namesTheGoFunctionsAPanicPassedThroughAndQuotesIt(String build, Engine engine, List<String> frames) {
        Path module = TinyGoFixtures.require(build + "/greet.wasm");
        try (TinyGoFreeWasm guest = TinyGoFreeWasm.builder()
                .module(module)
                .engine(engine)
                // the panic's line is captured for the message all the same
                .wasi(WasiOptions.builder()
                        .withStdout(OutputStream.nullOutputStream())
                        .withStderr(OutputStream.nullOutputStream())
                        .build())
                .hostFunctions(new TinyGoConformanceTest.LogRecorder().function())
                .build()) {
            WasmCallException e = catchThrowableOfType(() -> guest.free(NOT_ALLOCATED), WasmCallException.class);

            assertThat(e).hasMessage("wasm export `free` panicked: free: invalid pointer");
            assertThat(e.guestPanic()).contains("free: invalid pointer");
            assertThat(e.guestStack()).map(StackTraceElement::toString).isEqualTo(frames);
            assertThat(Arrays.asList(e.getStackTrace()).subList(0, frames.size())).isEqualTo(e.guestStack());
        }
    }
}
