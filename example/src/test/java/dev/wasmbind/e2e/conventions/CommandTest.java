package dev.wasmbind.e2e.conventions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dylibso.chicory.wasi.WasiOptions;
import dev.wasmbind.runtime.GuestExitException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A command's {@code main} runs once, at load, with the arguments, environment and files WASI gives it. */
class CommandTest {
    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();

    private String output() {
        return stdout.toString(StandardCharsets.UTF_8);
    }

    @Test
    void withoutArgumentsTheProgramGetsItsModuleFileNameAsArgvZero() {
        try (CommandWasm command = CommandWasm.builder()
                .wasi(WasiOptions.builder().withStdout(stdout).build())
                .build()) {
            assertThat(output()).isEqualTo("""
                    argc=1
                    argv[0]=command.wasm
                    GREETING=(unset)
                    in.txt: (no preopened /data)
                    """);
            assertThat(command.twice(21)).isEqualTo(42);
        }
    }

    @Test
    void aBindingWithoutExportsRunsMainWhenBuilt() {
        WasiOptions wasi = WasiOptions.builder().withStdout(stdout).withArguments(List.of("main-only")).build();
        try (CommandMainWasm ignored = CommandMainWasm.builder().wasi(wasi).build()) {
            assertThat(output()).startsWith("argc=1\nargv[0]=main-only\n");
        }
    }

    @Test
    void theModuleFileGivenToTheBuilderNamesArgvZero(@TempDir Path dir) throws IOException {
        Path renamed = dir.resolve("tool.wasm");
        try (var in = CommandTest.class.getResourceAsStream("/command.wasm")) {
            Files.write(renamed, in.readAllBytes());
        }
        try (CommandWasm command = CommandWasm.builder().module(renamed)
                .wasi(WasiOptions.builder().withStdout(stdout).build())
                .build()) {
            assertThat(output()).contains("argv[0]=tool.wasm\n");
        }
    }

    @Test
    void argumentsEnvironmentAndAPreopenedDirectoryReachMain(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("in.txt"), "first line\nsecond line\n");
        WasiOptions wasi = WasiOptions.builder()
                .withStdout(stdout)
                .withArguments(List.of("tool", "0", "--verbose"))
                .withEnvironment("GREETING", "hello")
                .withDirectory("/data", dir)
                .build();

        try (CommandWasm command = CommandWasm.builder().wasi(wasi).build()) {
            assertThat(output()).isEqualTo("""
                    argc=3
                    argv[0]=tool
                    argv[1]=0
                    argv[2]=--verbose
                    GREETING=hello
                    in.txt: first line
                    in.txt: second line
                    """);
            assertThat(command.twice(-4)).isEqualTo(-8);
        }
    }

    @Test
    void aNonZeroExitStatusFailsTheLoadWithTheStatus() {
        WasiOptions wasi = WasiOptions.builder().withStdout(stdout).withArguments(List.of("tool", "3")).build();

        assertThatThrownBy(() -> CommandWasm.builder().wasi(wasi).build())
                .isInstanceOfSatisfying(GuestExitException.class, e -> assertThat(e.exitCode()).isEqualTo(3))
                .hasMessage("the guest program exited with code 3 while the instance started: its main (which "
                        + "`_start` runs) ended the program; its stderr may say why");
        assertThat(output()).startsWith("argc=2\n");
    }
}
