package dev.wasmbind.runtime.internal;

import static dev.wasmbind.runtime.internal.Signatures.sig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.dylibso.chicory.compiler.MachineFactoryCompiler;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.InterpreterMachine;
import com.dylibso.chicory.runtime.Machine;
import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.ExportSection;
import dev.wasmbind.runtime.Engine;
import dev.wasmbind.runtime.WasmCallException;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A machine compiled at build time runs the module it was compiled from, whether the default resource or given
 * bytes, on the compiler engine; any other module, a module given parsed and the interpreter engine go the way they
 * go without it.
 */
class BuildTimeMachineTest {
    private static final byte[] PROBE = GuestTest.resource("probe.wasm");
    /** probe.wasm as the binding's default resource, found by this class's loader. */
    private static final ModuleBinding PROBE_AS_RESOURCE =
            ModuleBinding.builder(RuntimeContract.V5, "test.Probe", "modules/probe.wasm")
                    .export(ExportSpec.of("probe", "void probe()", Allocator.NONE, sig("() -> nil")))
                    .build();
    /** Where the build left out the stripped module: the machine gets the whole one. */
    private static final String NO_META = "modules/probe-not-there.meta";

    /** Stands in for the classes of the build-time compiler, which tests of the runtime have none of. */
    static final class StandIn extends InterpreterMachine {
        StandIn(Instance instance) {
            super(instance);
        }
    }

    /** A builder for a binding class never seen before: the default module of a binding class is cached. */
    static final class MachineBuilder extends BindingBuilder<MachineBuilder> {
        MachineBuilder(ModuleBinding binding, Engine engine, BuildTimeMachine machine) {
            super(DefaultModuleTest.newBindingClass(), binding, engine, machine);
        }

        @Override
        protected MachineBuilder self() {
            return this;
        }

        /** The machine of the started instance, seen when the guest calls its host function. */
        Machine machineOfAnInstance() {
            AtomicReference<Instance> seen = new AtomicReference<>();
            Consumer<Instance> onCall = seen::set;
            try (Guest guest = hostFunctions(ProbeGuest.seen(onCall)).instantiate()) {
                guest.function(ProbeGuest.PROBE).callVoid();
            }
            return seen.get().getMachine();
        }
    }

    @Test
    void hashesWithSha256InLowerCaseHex() {
        assertThat(BuildTimeMachine.sha256(new byte[0]))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void servesOnlyTheBytesItWasCompiledFrom() {
        BuildTimeMachine machine = compiledFrom(PROBE);
        byte[] changed = PROBE.clone();
        changed[changed.length - 1] ^= 1;

        assertThat(machine.compiledFrom(PROBE.clone())).isTrue();
        assertThat(machine.compiledFrom(changed)).isFalse();
    }

    @Test
    void givesTheStrippedModuleOnlyForTheBytesItWasCompiledFrom() {
        BuildTimeMachine withMeta = withMeta("meta/stripped.meta");
        byte[] changed = PROBE.clone();
        changed[changed.length - 1] ^= 1;

        assertThat(withMeta.moduleIfCompiledFrom(BuildTimeMachineTest.class, PROBE.clone(), "probe.wasm"))
                .hasValueSatisfying(module -> assertThat(exportNames(module)).contains("live"));
        assertThat(withMeta.moduleIfCompiledFrom(BuildTimeMachineTest.class, changed, "probe.wasm")).isEmpty();
    }

    @Test
    void waitsForTheDigestThroughAnInterruptAndKeepsIt() {
        Thread.currentThread().interrupt();
        try {
            assertThat(compiledFrom(PROBE).moduleIfCompiledFrom(BuildTimeMachineTest.class, PROBE, "probe.wasm"))
                    .isPresent();
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void runsTheDefaultResourceOnTheCompilerEngine() {
        assertThat(new MachineBuilder(PROBE_AS_RESOURCE, Engine.COMPILER, compiledFrom(PROBE)).machineOfAnInstance())
                .isInstanceOf(StandIn.class);
    }

    @Test
    void leavesTheDefaultResourceToTheInterpreterWhenThatIsTheEngine() {
        assertThat(new MachineBuilder(PROBE_AS_RESOURCE, Engine.INTERPRETER, compiledFrom(PROBE)).machineOfAnInstance())
                .isInstanceOf(InterpreterMachine.class)
                .isNotInstanceOf(StandIn.class);
    }

    @Test
    void compilesADefaultResourceThatIsNotTheModuleItWasCompiledFromAtRunTime() {
        assertThat(new MachineBuilder(PROBE_AS_RESOURCE, Engine.COMPILER, compiledFrom(new byte[] {0}))
                        .machineOfAnInstance())
                .isNotInstanceOf(InterpreterMachine.class);
    }

    @Test
    void namesTheFunctionsOfAFailedCallFromTheDefaultResource() {
        // the stripped module a build-time machine runs has no names: they are read from the resource on failure
        byte[] traces = GuestTest.resource("traces.wasm");
        BuildTimeMachine machine = new BuildTimeMachine(BuildTimeMachine.sha256(traces), NO_META,
                MachineFactoryCompiler::compile);
        ModuleBinding binding = ModuleBinding.builder(RuntimeContract.V5, "test.Traces", "modules/traces.wasm")
                .export(GuestStackTraceTest.TRAP)
                .build();

        try (Guest guest = new MachineBuilder(binding, Engine.COMPILER, machine)
                .hostFunctions(GuestStackTraceTest.callBack((instance, depth) -> depth))
                .instantiate()) {
            WasmCallException e = catchThrowableOfType(() -> guest.function(GuestStackTraceTest.TRAP).callI32(1),
                    WasmCallException.class);

            assertThat(e.guestStack()).map(StackTraceElement::toString).containsExactly(
                    "wasm.inner(traces.wasm:func 1)", "wasm.traces::middle(traces.wasm:func 2)",
                    "wasm.trap(traces.wasm:func 3)");
        }
    }

    @Test
    void runsAGivenModuleWithTheSameBytes() {
        assertThat(new MachineBuilder(ProbeGuest.BINDING, Engine.COMPILER, compiledFrom(PROBE))
                        .module(PROBE.clone())
                        .machineOfAnInstance())
                .isInstanceOf(StandIn.class);
    }

    @Test
    void compilesAGivenModuleWithOtherBytesAtRunTime() {
        assertThat(new MachineBuilder(ProbeGuest.BINDING, Engine.COMPILER, compiledFrom(new byte[] {0}))
                        .module(PROBE)
                        .machineOfAnInstance())
                .isNotInstanceOf(InterpreterMachine.class);
    }

    @Test
    void compilesAModuleGivenParsedAtRunTime() {
        assertThat(new MachineBuilder(ProbeGuest.BINDING, Engine.COMPILER, compiledFrom(PROBE))
                        .module(Parser.parse(PROBE))
                        .machineOfAnInstance())
                .isNotInstanceOf(InterpreterMachine.class);
    }

    @Test
    void takesTheStrippedModuleFromBesideTheBindingClassAndTheWholeOneWhereTheBuildLeftItOut() {
        // allocator.wasm stands in for a stripped module (meta/stripped.meta, its SHA-256 beside it): its exports
        // tell which module was taken
        BuildTimeMachine withMeta = withMeta("meta/stripped.meta");

        try (Warnings warnings = Warnings.capture()) {
            assertThat(exportNames(withMeta.module(BuildTimeMachineTest.class, PROBE, "probe.wasm"))).contains("live");
            assertThat(exportNames(compiledFrom(PROBE).module(BuildTimeMachineTest.class, PROBE, "probe.wasm")))
                    .contains("probe");
            // a class of the boot loader has no resources beside it
            assertThat(exportNames(withMeta.module(Object.class, PROBE, "probe.wasm"))).contains("probe");
            assertThat(warnings.messages()).isEmpty();
        }
    }

    @Test
    void runsTheWholeModuleWithAWarningWhenTheStrippedOneIsNotWhatTheBuildRecorded() {
        try (Warnings warnings = Warnings.capture()) {
            // damaged, truncated, or another binding's: its SHA-256 is not the one recorded beside it
            BuildTimeMachine edited = withMeta("meta/edited.meta");
            assertThat(exportNames(edited.module(BuildTimeMachineTest.class, PROBE, "probe.wasm"))).contains("probe");
            assertThat(warnings.messages()).containsExactly("`meta/edited.meta` is not the stripped module that the "
                    + "build compiled from probe.wasm (its SHA-256 differs from the one recorded beside it); running "
                    + "the whole module instead, which starts slower; rebuild the jar");
        }
    }

    @Test
    void runsTheWholeModuleWithAWarningWhenNoDigestIsRecorded() {
        try (Warnings warnings = Warnings.capture()) {
            assertThat(exportNames(withMeta("meta/undigested.meta")
                            .module(BuildTimeMachineTest.class, PROBE, "probe.wasm")))
                    .contains("probe");
            assertThat(warnings.messages()).containsExactly("`meta/undigested.meta` cannot be checked against the "
                    + "SHA-256 the build recorded for it (`meta/undigested.meta.sha256` is missing); running the whole "
                    + "module probe.wasm instead, which starts slower; rebuild the jar");
        }
    }

    @Test
    void runsTheWholeModuleWithAWarningWhenTheStrippedOneCannotBeRead() throws IOException {
        Class<?> binding = new UnreadableResources().bindingClass();

        try (Warnings warnings = Warnings.capture()) {
            assertThat(exportNames(withMeta("meta/stripped.meta").module(binding, PROBE, "probe.wasm")))
                    .contains("probe");
            assertThat(warnings.messages()).containsExactly("`meta/stripped.meta` cannot be checked against the "
                    + "SHA-256 the build recorded for it (java.io.IOException: disk gone); running the whole module "
                    + "probe.wasm instead, which starts slower; rebuild the jar");
        }
    }

    /** A binding class whose loader has every resource, but fails to read any. */
    static final class UnreadableResources extends ClassLoader {
        UnreadableResources() {
            super(BuildTimeMachineTest.class.getClassLoader());
        }

        /** A class of this loader: {@link StandIn}, defined again. */
        Class<?> bindingClass() throws IOException {
            String name = StandIn.class.getName();
            byte[] bytes;
            try (InputStream in = getParent().getResourceAsStream(name.replace('.', '/') + ".class")) {
                bytes = in.readAllBytes();
            }
            return defineClass(name, bytes, 0, bytes.length);
        }

        @Override
        public InputStream getResourceAsStream(String name) {
            return new InputStream() {
                @Override
                public int read() throws IOException {
                    throw new IOException("disk gone");
                }
            };
        }
    }

    private static BuildTimeMachine withMeta(String metaResource) {
        return new BuildTimeMachine(BuildTimeMachine.sha256(PROBE), metaResource, StandIn::new);
    }

    /** The warnings BuildTimeMachine logs while captured. */
    private static final class Warnings extends Handler implements AutoCloseable {
        private static final Logger LOGGER = Logger.getLogger(BuildTimeMachine.class.getName());
        private final List<String> messages = new CopyOnWriteArrayList<>();

        static Warnings capture() {
            Warnings warnings = new Warnings();
            LOGGER.setUseParentHandlers(false);
            LOGGER.addHandler(warnings);
            return warnings;
        }

        List<String> messages() {
            return messages;
        }

        @Override
        public void publish(LogRecord record) {
            if (record.getLevel() == Level.WARNING) {
                messages.add(record.getMessage());
            }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {
            LOGGER.removeHandler(this);
            LOGGER.setUseParentHandlers(true);
        }
    }

    private static List<String> exportNames(WasmModule module) {
        ExportSection exports = module.exportSection();
        return IntStream.range(0, exports.exportCount()).mapToObj(i -> exports.getExport(i).name()).toList();
    }

    private static BuildTimeMachine compiledFrom(byte[] wasm) {
        return new BuildTimeMachine(BuildTimeMachine.sha256(wasm), NO_META, StandIn::new);
    }
}
