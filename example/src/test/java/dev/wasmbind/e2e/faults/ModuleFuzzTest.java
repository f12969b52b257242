package dev.wasmbind.e2e.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.dylibso.chicory.wasi.WasiOptions;
import demo.ReturnStringWasm;
import dev.wasmbind.runtime.Engine;
import dev.wasmbind.runtime.WasmBindException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Damaged modules: whatever the bytes, {@code builder().module(bytes).build()} gives a working instance or a
 * {@link WasmBindException}, never another exception and never a hang.
 */
class ModuleFuzzTest {
    private static final int VARIANTS = 2000;

    private static byte[] realModule() throws IOException {
        try (InputStream in = ModuleFuzzTest.class.getResourceAsStream("/return_string.wasm")) {
            return in.readAllBytes();
        }
    }

    /** Variant {@code n}: mostly one changed byte, every tenth a truncation; the same on every run. */
    private static byte[] variant(byte[] module, Random random, int n) {
        if (n % 10 == 9) {
            return Arrays.copyOf(module, random.nextInt(module.length));
        }
        byte[] damaged = module.clone();
        int at = random.nextInt(damaged.length);
        byte changed;
        do {
            changed = (byte) random.nextInt(256);
        } while (changed == damaged[at]);
        damaged[at] = changed;
        return damaged;
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void onlyWasmBindExceptionsComeOut(Engine engine) throws IOException {
        byte[] module = realModule();
        Random random = new Random(20261126L + engine.ordinal());
        WasiOptions quiet = WasiOptions.builder()
                .withStdout(OutputStream.nullOutputStream())
                .withStderr(OutputStream.nullOutputStream())
                .build();
        int built = 0;
        int refused = 0;
        FallbackWarnings fallbacks = FallbackWarnings.capture();
        try {
            for (int n = 0; n < VARIANTS; n++) {
                byte[] bytes = variant(module, random, n);
                try (ReturnStringWasm guest = ReturnStringWasm.builder()
                        .module(bytes)
                        .engine(engine)
                        .wasi(quiet)
                        .maxMemoryPages(64)
                        .callTimeout(Duration.ofSeconds(5))
                        .build()) {
                    built++;
                } catch (WasmBindException e) {
                    assertThat(e.getMessage()).as("variant %d", n).isNotBlank();
                    refused++;
                } catch (Throwable e) {
                    throw new AssertionError("variant " + n + " of " + engine + " threw " + e, e);
                }
            }
        } finally {
            fallbacks.release();
        }
        System.out.printf("%s: %d damaged modules built (%d on the interpreter after Chicory's compiler failed), %d "
                + "refused with WasmBindException%n", engine, built, fallbacks.count(), refused);
        assertThat(built + refused).isEqualTo(VARIANTS);
        assertThat(refused).isPositive();
        assertThat(built).isPositive();
        // some variants break Chicory's compiler but not its interpreter: they must run, with a warning
        if (engine == Engine.COMPILER) {
            assertThat(fallbacks.count()).isPositive();
        } else {
            assertThat(fallbacks.count()).isZero();
        }
    }

    /**
     * The warnings of modules that fall back to the interpreter, kept from the build's output (they are expected
     * here, and would look like breakage) and counted.
     */
    private static final class FallbackWarnings extends Handler {
        private static final Logger LOGGER = Logger.getLogger("dev.wasmbind.runtime.internal.PreparedModule");
        private final AtomicInteger count = new AtomicInteger();

        static FallbackWarnings capture() {
            FallbackWarnings handler = new FallbackWarnings();
            LOGGER.setUseParentHandlers(false);
            LOGGER.addHandler(handler);
            return handler;
        }

        int count() {
            return count.get();
        }

        void release() {
            LOGGER.removeHandler(this);
            LOGGER.setUseParentHandlers(true);
        }

        @Override
        public void publish(LogRecord record) {
            if (record.getLevel() == Level.WARNING
                    && record.getMessage().endsWith("running it on the interpreter instead")) {
                count.incrementAndGet();
            }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    }
}
