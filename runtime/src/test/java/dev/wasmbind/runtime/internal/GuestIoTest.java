package dev.wasmbind.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dylibso.chicory.runtime.ImportFunction;
import com.dylibso.chicory.runtime.ImportValues;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Memory;
import com.dylibso.chicory.wasi.WasiOptions;
import com.dylibso.chicory.wasi.WasiPreview1;
import com.dylibso.chicory.wasm.Parser;
import dev.wasmbind.runtime.GuestExitException;
import dev.wasmbind.runtime.GuestPoisonedException;
import dev.wasmbind.runtime.WasmBindException;
import dev.wasmbind.runtime.WasmCallException;
import dev.wasmbind.runtime.internal.link.LinkCheck;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.ref.WeakReference;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What an instance does with what it talks to besides its module: its WASI context, its output, its memory. */
class GuestIoTest {
    /** The guest's WASI context, counting how often it is closed; its close fails when told to. */
    private static final class CountedWasi implements AutoCloseable {
        final WasiPreview1 wasi;
        final boolean failClose;
        int closes;

        CountedWasi(GuestOutput stdout, GuestOutput stderr, boolean failClose) {
            this.wasi = WasiPreview1.builder()
                    .withOptions(WasiOptions.builder().withStdout(stdout).withStderr(stderr).build())
                    .build();
            this.failClose = failClose;
        }

        @Override
        public void close() throws IOException {
            closes++;
            wasi.close();
            if (failClose) {
                throw new IOException("closing failed too");
            }
        }
    }

    private final GuestOutput stdout = new GuestOutput(OutputStream.nullOutputStream());
    private final GuestOutput stderr = new GuestOutput(OutputStream.nullOutputStream());

    /** Starts a module the way GuestFactory does, with {@code wasi} as the instance's WASI context. */
    private Guest start(String module, ModuleBinding binding, CountedWasi wasi, Consumer<Instance> onProbe) {
        List<ImportFunction> functions = new ArrayList<>(Arrays.asList(wasi.wasi.toHostFunctions()));
        functions.add(ProbeGuest.seen(onProbe));
        Instance instance = Instance.builder(Parser.parse(GuestTest.resource(module)))
                .withImportValues(ImportValues.builder().withFunctions(functions).build())
                .withStart(false)
                .build();
        return Guest.start(instance, new Guest.GuestIo(wasi, stdout, stderr, null), binding,
                LinkCheck.allocator(instance.module(), module, binding),
                FunctionNames.of(module, instance.module().nameSection()), 0, null);
    }

    private Guest startProbe(CountedWasi wasi, Consumer<Instance> onProbe) {
        return start("probe.wasm", ProbeGuest.BINDING, wasi, onProbe);
    }

    @Test
    void closesItsWasiContextOnce() {
        CountedWasi wasi = new CountedWasi(stdout, stderr, false);
        Guest guest = startProbe(wasi, instance -> {});
        guest.close();
        guest.close();

        assertThat(wasi.closes).isEqualTo(1);
    }

    @Test
    void closesItsWasiContextWhenTheStartFailsAndKeepsAFailingCloseAsSuppressed() {
        CountedWasi wasi = new CountedWasi(stdout, stderr, true);
        ModuleBinding nothing = ModuleBinding.builder(RuntimeContract.V5, "test.Failing", "failing_start.wasm").build();

        assertThatThrownBy(() -> start("failing_start.wasm", nothing, wasi, instance -> {}))
                .isInstanceOf(GuestExitException.class)
                .satisfies(e -> assertThat(e.getSuppressed()).singleElement()
                        .satisfies(suppressed -> assertThat(suppressed).hasMessage("closing failed too")));
        assertThat(wasi.closes).isEqualTo(1);
    }

    @Test
    void aHostFunctionsCloseWhoseWasiCloseFailsStillLeavesTheInstanceClosed() {
        CountedWasi wasi = new CountedWasi(stdout, stderr, true);
        Guest[] started = new Guest[1];
        started[0] = startProbe(wasi, instance -> started[0].close());
        Guest guest = started[0];

        assertThatThrownBy(() -> guest.function(ProbeGuest.PROBE).callVoid())
                .isInstanceOf(WasmBindException.class)
                .hasMessage("closing the guest's WASI context failed")
                .hasRootCauseMessage("closing failed too");
        assertThat(wasi.closes).isEqualTo(1);
        assertThatThrownBy(() -> guest.function(ProbeGuest.PROBE).callVoid())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("this instance of test.Probe is closed: make every call before close() (inside its "
                        + "try-with-resources block), or load a new instance");
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void forgetsWhatTheGuestPrintedOnceItsCallReturned(boolean toStderr) {
        GuestOutput output = toStderr ? stderr : stdout;
        boolean[] fail = {false};
        Guest guest = startProbe(new CountedWasi(stdout, stderr, false), instance -> {
            if (fail[0]) {
                throw new IllegalStateException("the host gives up");
            }
            write(output, "panic: printed by a call that returned\n");
        });
        guest.function(ProbeGuest.PROBE).callVoid();
        fail[0] = true;

        assertThatThrownBy(() -> guest.function(ProbeGuest.PROBE).callVoid())
                .isInstanceOfSatisfying(WasmCallException.class, e -> assertThat(e.guestPanic()).isEmpty());
    }

    private static void write(OutputStream out, String text) {
        try {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void dropsTheInstanceAndItsMemoryWhenTheHeapRunsOut() throws InterruptedException {
        List<WeakReference<Object>> dropped = new ArrayList<>();
        Guest guest = startProbe(new CountedWasi(stdout, stderr, false), instance -> {
            dropped.add(new WeakReference<>(instance));
            dropped.add(new WeakReference<>(instance.memory()));
            throw new OutOfMemoryError("the host function filled the heap");
        });

        assertThatThrownBy(() -> guest.function(ProbeGuest.PROBE).callVoid())
                .isInstanceOf(WasmCallException.class)
                .hasMessage("wasm export `probe` failed: the JVM ran out of memory with the guest's memory at 1 pages ("
                        + Memory.PAGE_SIZE + " bytes); cap the guest's memory with builder().maxMemoryPages(...), or "
                        + "give the JVM more heap");
        assertThatThrownBy(() -> guest.function(ProbeGuest.PRINT).callVoid(1))
                .isInstanceOf(GuestPoisonedException.class);
        for (int i = 0; i < 100 && dropped.stream().anyMatch(reference -> reference.get() != null); i++) {
            System.gc();
            Thread.sleep(10);
        }
        // the guest itself is still reachable, and holds on to nothing of the instance
        assertThat(dropped).allSatisfy(reference -> assertThat(reference.get()).isNull());
        assertThat(guest.isUsable()).isFalse();
        guest.close();
    }
}
