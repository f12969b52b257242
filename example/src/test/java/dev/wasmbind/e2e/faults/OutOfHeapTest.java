package dev.wasmbind.e2e.faults;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wasmbind.runtime.GuestPoisonedException;
import dev.wasmbind.runtime.WasmCallException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A guest that grows its memory without a cap until the JVM's heap runs out: the call fails with a
 * {@link WasmCallException}, the instance is poisoned, and the JVM carries on. Runs in a JVM of its own with a
 * small heap, so the rest of the suite never sees the shortage.
 */
class OutOfHeapTest {
    /** What the small JVM runs; prints one line per outcome for the test to check. */
    public static void main(String[] args) {
        HostileWasm guest = HostileWasm.builder().env(new FaultsTest.TestEnv()).build();
        try {
            System.out.println("grew to " + guest.growUntilRefused() + " pages");
        } catch (WasmCallException e) {
            System.out.println("failed: " + e.getMessage());
        }
        try {
            guest.add(1, 2);
        } catch (GuestPoisonedException e) {
            System.out.println("poisoned by " + e.failedExport());
        }
        guest.close();
        try (HostileWasm fresh = HostileWasm.builder().env(new FaultsTest.TestEnv()).build()) {
            System.out.println("carried on: " + fresh.add(1, 2));
        }
    }

    @Test
    void runningOutOfHeapWhileTheGuestGrowsIsACallFailure() throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(List.of(java, "-Xmx96m", "-cp", System.getProperty("java.class.path"),
                        OutOfHeapTest.class.getName()))
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();

        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output)
                .containsPattern("failed: wasm export `GrowUntilRefused` failed: the JVM ran out of memory with the "
                        + "guest's memory at \\d+ pages \\(\\d+ bytes\\); cap the guest's memory with "
                        + "builder\\(\\).maxMemoryPages\\(\\.\\.\\.\\), or give the JVM more heap")
                .contains("poisoned by GrowUntilRefused")
                .contains("carried on: 3");
    }
}
