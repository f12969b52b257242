package dev.wasmbind.runtime.internal;

import dev.wasmbind.runtime.GuestExitException;
import dev.wasmbind.runtime.WasmLinkException;
import dev.wasmbind.runtime.Engine;
import dev.wasmbind.runtime.GuestPoisonedException;
import dev.wasmbind.runtime.InvalidModuleException;
import dev.wasmbind.runtime.WasmCallException;
import dev.wasmbind.runtime.WasmBindException;
import static dev.wasmbind.runtime.internal.Signatures.sig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.dylibso.chicory.wasm.ChicoryException;
import dev.wasmbind.runtime.internal.link.LinkMessages;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The call mechanics against small hand-written guests, on both engines. */
class GuestTest {
    private static final ExportSpec ECHO =
            ExportSpec.of("echo", "String echo(String s)", Allocator.ALLOCATE_AND_FREE_RESULT, sig("(i32 retptr, i32 s.ptr, i32 s.len) -> nil"));
    private static final ExportSpec TRAP =
            ExportSpec.of("trap", "void trap(String s)", Allocator.ALLOCATE_AND_FREE_RESULT, sig("(i32 s.ptr, i32 s.len) -> nil"));
    private static final ExportSpec LIVE =
            ExportSpec.of("live", "int live()", Allocator.NONE, sig("() -> i32"));
    private static final ExportSpec OUTSIDE =
            ExportSpec.of("outside", "String outside()", Allocator.ALLOCATE, sig("(i32 retptr) -> nil"));
    private static final ExportSpec RECURSE =
            ExportSpec.of("recurse", "void recurse()", Allocator.NONE, sig("() -> nil"));
    private static final ExportSpec PAIR =
            ExportSpec.of("pair", "String pair(String s)", Allocator.ALLOCATE_AND_FREE_RESULT, sig("(i32 s.ptr, i32 s.len) -> (i32, i32)"));

    private static final ModuleBinding ALLOCATOR = ModuleBinding.builder(RuntimeContract.V5, "test.Allocator", "allocator.wasm")
            .export(ECHO)
            .export(TRAP)
            .export(LIVE)
            .export(OUTSIDE)
            .export(RECURSE)
            .export(PAIR)
            .returnArea(8)
            .build();

    private static final ExportSpec STARTED = ExportSpec.of("started", "int started()", Allocator.NONE, sig("() -> i32"));
    private static final ExportSpec EXIT = ExportSpec.of("exit", "void exit(int code)", Allocator.NONE, sig("(i32 code) -> nil"));
    private static final ModuleBinding COMMAND = ModuleBinding.builder(RuntimeContract.V5, "test.Command", "command_exit.wasm")
            .export(STARTED)
            .export(EXIT)
            .build();

    /** What a generated builder does, without the processor. */
    static final class TestBuilder extends BindingBuilder<TestBuilder> {
        TestBuilder(ModuleBinding binding, Engine engine) {
            super(GuestTest.class, binding, engine);
            module(resource(binding.resource()));
        }

        @Override
        protected TestBuilder self() {
            return this;
        }

        Guest build() {
            return instantiate();
        }
    }

    static byte[] resource(String name) {
        try (InputStream in = GuestTest.class.getResourceAsStream("/modules/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String echo(Guest guest, String text) {
        try (CallScope call = guest.enter()) {
            int returnArea = call.returnArea(8);
            GuestBuffer s = call.writeString(text);
            guest.function(ECHO).callVoid(returnArea, s.address(), s.length());
            return call.readString(call.bufferAt(returnArea));
        }
    }

    private static int live(Guest guest) {
        return guest.function(LIVE).callI32();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void copiesStringsInAndOutAndFreesTheArgument(Engine engine) {
        try (Guest guest = new TestBuilder(ALLOCATOR, engine).build()) {
            int returnAreaOnly = live(guest);

            assertThat(echo(guest, "grüße, 世界")).isEqualTo("grüße, 世界");
            assertThat(live(guest)).isEqualTo(returnAreaOnly).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void reusesTheReturnAreaAndLeaksNothingOverManyCalls(Engine engine) {
        try (Guest guest = new TestBuilder(ALLOCATOR, engine).build()) {
            for (int i = 0; i < 1000; i++) {
                assertThat(echo(guest, "call " + i)).isEqualTo("call " + i);
            }
            assertThat(live(guest)).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void passesEmptyStringsWithoutAllocating(Engine engine) {
        try (Guest guest = new TestBuilder(ALLOCATOR, engine).build();
                CallScope call = guest.enter()) {
            assertThat(call.writeString("")).isEqualTo(GuestBuffer.EMPTY);
            assertThat(call.writeInts(new int[0])).isEqualTo(GuestBuffer.EMPTY);
            assertThat(live(guest)).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void refusesEveryCallAfterATrapWithoutRunningTheGuestAgain(Engine engine) {
        try (Guest guest = new TestBuilder(ALLOCATOR, engine).build()) {
            assertThatThrownBy(() -> {
                        try (CallScope call = guest.enter()) {
                            GuestBuffer s = call.writeString("doomed");
                            guest.function(TRAP).callVoid(s.address(), s.length());
                        }
                    })
                    .isInstanceOfSatisfying(WasmCallException.class, e -> assertThat(e.exportName()).isEqualTo("trap"))
                    .hasMessageStartingWith("wasm export `trap` failed: ")
                    .hasCauseInstanceOf(ChicoryException.class);

            assertThat(guest.isUsable()).isFalse();
            assertThatThrownBy(() -> echo(guest, "not any more"))
                    .isInstanceOfSatisfying(GuestPoisonedException.class,
                            e -> assertThat(e.failedExport()).isEqualTo("trap"))
                    .hasMessage("this instance of test.Allocator takes no more calls: an earlier call of `trap` ended "
                            + "abnormally (wasm export `trap` failed: Trapped on unreachable instruction) and may have "
                            + "left the guest's stack or heap corrupted; close it and load a new instance");
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void givesNestedCallsTheirOwnReturnArea(Engine engine) {
        try (Guest guest = new TestBuilder(ALLOCATOR, engine).build();
                CallScope outer = guest.enter()) {
            int outerArea = outer.returnArea(8);
            try (CallScope inner = guest.enter()) {
                assertThat(inner.returnArea(8)).isNotEqualTo(outerArea);
                assertThat(live(guest)).isEqualTo(2);
            }
            assertThat(live(guest)).isEqualTo(1);
            assertThat(outer.returnArea(8)).isEqualTo(outerArea);
        }
    }

    @Test
    void aCallInAScopeKeepsTheInstanceFromOtherThreadsUntilTheScopeCloses() throws InterruptedException {
        try (Guest guest = new TestBuilder(ALLOCATOR, Engine.INTERPRETER).build()) {
            AtomicReference<Throwable> refused = new AtomicReference<>();
            try (CallScope call = guest.enter()) {
                call.writeString("held");
                assertThat(live(guest)).isEqualTo(2);

                Thread other = new Thread(() -> refused.set(catchThrowable(() -> live(guest))), "other");
                other.start();
                other.join();
            }

            assertThat(refused.get())
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith("thread \"other\" cannot call into this instance of test.Allocator while "
                            + "thread \"" + Thread.currentThread().getName() + "\" is running a call in it");
            assertThat(live(guest)).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void rejectsResultsOutsideGuestMemory(Engine engine) {
        try (Guest guest = new TestBuilder(ALLOCATOR, engine).build();
                CallScope call = guest.enter()) {
            int returnArea = call.returnArea(8);
            guest.function(OUTSIDE).callVoid(returnArea);

            assertThatThrownBy(() -> call.readString(call.bufferAt(returnArea)))
                    .isInstanceOf(WasmBindException.class)
                    .hasMessageContaining("outside the guest's memory");
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void readsAStringReturnedAsTwoResults(Engine engine) {
        try (Guest guest = new TestBuilder(ALLOCATOR, engine).build();
                CallScope call = guest.enter()) {
            GuestBuffer s = call.writeString("two results");
            GuestBuffer result = call.unpack(guest.function(PAIR).callPair(s.address(), s.length()));

            assertThat(result).isEqualTo(s);
            assertThat(call.readString(result)).isEqualTo("two results");
        }
    }

    @Test
    void findsTheFunctionOfEachExportByItsSpecAndRefusesASpecOfAnotherBinding() {
        try (Guest guest = new TestBuilder(ALLOCATOR, Engine.INTERPRETER).build()) {
            assertThat(guest.function(LIVE).exportName()).isEqualTo("live");
            assertThat(guest.function(PAIR).exportName()).isEqualTo("pair");
            // an equal spec is the same export, however it was built
            assertThat(guest.function(ExportSpec.of("live", "int live()", Allocator.NONE, sig("() -> i32"))))
                    .isSameAs(guest.function(LIVE));
            assertThatThrownBy(() -> guest.function(STARTED))
                    .isInstanceOf(WasmBindException.class)
                    .hasMessage("export `started` (int started()) is not part of the binding of test.Allocator: "
                            + "the calling code was generated for another binding; regenerate it with the "
                            + "wasmbind-processor of the wasmbind-runtime on the class path");
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void refusesCallsAfterClose(Engine engine) {
        Guest guest = new TestBuilder(ALLOCATOR, engine).build();
        guest.close();

        assertThatThrownBy(() -> live(guest))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("this instance of test.Allocator is closed: make every call before "
                        + "close() (inside its try-with-resources block), or load a new instance");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void treatsProcExitZeroAtTheEndOfStartAsANormalEnd(Engine engine) {
        try (Guest guest = new TestBuilder(COMMAND, engine).build()) {
            assertThat(guest.function(STARTED).callI32()).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void reportsAnExitDuringACallAndRefusesLaterCalls(Engine engine) {
        try (Guest guest = new TestBuilder(COMMAND, engine).build()) {
            assertThatThrownBy(() -> guest.function(EXIT).callVoid(3))
                    .isInstanceOfSatisfying(GuestExitException.class, e -> {
                        assertThat(e.exitCode()).isEqualTo(3);
                        assertThat(e.exportName()).isEqualTo("exit");
                    });
            assertThatThrownBy(() -> guest.function(STARTED).callI32())
                    .isInstanceOf(GuestPoisonedException.class)
                    .hasMessageContaining("(wasm export `exit` failed: the guest exited with code 3)");
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void checksTheModuleBeforeInstantiatingIt(Engine engine) {
        ModuleBinding misspelled = ModuleBinding.builder(RuntimeContract.V5, "test.Allocator", "allocator.wasm")
                .export(ExportSpec.of("ecko", "String echo(String s)", Allocator.ALLOCATE_AND_FREE_RESULT, sig("(i32 retptr, i32 s.ptr, i32 s.len) -> nil")))
                .returnArea(8)
                .build();

        assertThatThrownBy(() -> new TestBuilder(misspelled, engine).build())
                .isInstanceOf(WasmLinkException.class)
                .hasMessage("the module does not match test.Allocator:\n  "
                        + LinkMessages.noSuchExport("ecko", "the given module", List.of("malloc", "free", "live", "echo", "trap", "outside"))
                                .text());
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void reportsAGuestThatCannotAllocate(Engine engine) {
        try (Guest guest = new TestBuilder(ALLOCATOR, engine).build();
                CallScope call = guest.enter()) {
            assertThatThrownBy(() -> call.writeBytes(new byte[60_000]))
                    .isInstanceOf(WasmBindException.class)
                    .hasMessage("the guest's malloc(60000) returned 0: it is out of memory");
            assertThat(live(guest)).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void reportsAStartThatExitsWithAnError(Engine engine) {
        ModuleBinding nothing = ModuleBinding.builder(RuntimeContract.V5, "test.Failing", "failing_start.wasm").build();

        assertThatThrownBy(() -> new TestBuilder(nothing, engine).build())
                .isInstanceOfSatisfying(GuestExitException.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(3);
                    assertThat(e.exportName()).isEqualTo("_start");
                });
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void reportsAModuleThatChicoryCannotInstantiate(Engine engine) {
        ModuleBinding live = ModuleBinding.builder(RuntimeContract.V5, "test.Uninstantiable", "uninstantiable.wasm")
                .export(ExportSpec.of("live", "int live()", Allocator.NONE, sig("() -> i32")))
                .build();

        assertThatThrownBy(() -> new TestBuilder(live, engine).build())
                .isInstanceOfSatisfying(InvalidModuleException.class, e -> assertThat(e.detail())
                        .startsWith("Chicory cannot instantiate it: "))
                .hasMessageStartingWith("the given module is not a valid wasm module: Chicory cannot instantiate it: ");
    }

    @Test
    void measuresItsMemoryOnlyWhileUsable() {
        Guest guest = new TestBuilder(ALLOCATOR, Engine.INTERPRETER).build();
        assertThat(guest.memoryPages()).isPositive();

        guest.close();

        assertThatThrownBy(guest::memoryPages)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("the test.Allocator instance is closed or a call on it ended abnormally, so its memory is "
                        + "no longer there to measure");
    }

    @Test
    void rejectsBytesThatAreNoModule() {
        assertThatThrownBy(() -> new TestBuilder(ALLOCATOR, Engine.INTERPRETER).module(new byte[] {0, 'a', 's', 'n'}))
                .isInstanceOf(WasmBindException.class)
                .hasMessageStartingWith("the given module is not a wasm module: it starts with 00 61 73 6e, ");
    }

    @Test
    void reportsAModuleFileThatCannotBeRead() {
        Path missing = Path.of("no-such-dir", "missing.wasm");

        assertThatThrownBy(() -> new TestBuilder(ALLOCATOR, Engine.INTERPRETER).module(missing))
                .isInstanceOf(WasmBindException.class)
                .hasMessage("cannot read the wasm module " + missing + ": java.nio.file.NoSuchFileException: "
                        + missing + "; check the path and its permissions");
    }

    @Test
    void reportsAModuleStreamThatFailsToRead() {
        InputStream broken = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("the disk went away");
            }
        };

        assertThatThrownBy(() -> new TestBuilder(ALLOCATOR, Engine.INTERPRETER).module(broken))
                .isInstanceOf(WasmBindException.class)
                .hasMessage("cannot read the wasm module from the stream: java.io.IOException: the disk went away");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void reportsAGuestThatExhaustsTheCallStack(Engine engine) {
        try (Guest guest = new TestBuilder(ALLOCATOR, engine).build()) {
            assertThatThrownBy(() -> guest.function(RECURSE).callVoid())
                    .isInstanceOfSatisfying(WasmCallException.class, e -> assertThat(e.exportName()).isEqualTo("recurse"));
            assertThat(guest.isUsable()).isFalse();
        }
    }
}
