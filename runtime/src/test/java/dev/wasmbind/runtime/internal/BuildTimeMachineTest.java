package dev.wasmbind.runtime.internal;

import static dev.wasmbind.runtime.internal.Signatures.sig;
import static org.assertj.core.api.Assertions.assertThat;

import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.InterpreterMachine;
import com.dylibso.chicory.runtime.Machine;
import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.ExportSection;
import dev.wasmbind.runtime.Engine;
import dev.wasmbind.runtime.GuestBuilder;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
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
            ModuleBinding.builder(RuntimeContract.V3, "test.Probe", "modules/probe.wasm")
                    .export("probe", "void probe()", Allocator.NONE, sig("() -> nil"))
                    .build();
    /** Where the build left out the stripped module: the machine gets the whole one. */
    private static final String NO_META = "modules/probe-not-there.meta";

    /** Stands in for the classes of the build-time compiler, which tests of the runtime have none of. */
    static final class StandIn extends InterpreterMachine {
        StandIn(Instance instance) {
            super(instance);
        }
    }

    static final class MachineBuilder extends GuestBuilder<MachineBuilder> {
        MachineBuilder(ModuleBinding binding, Engine engine, BuildTimeMachine machine) {
            super(BuildTimeMachineTest.class, binding, engine, machine);
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
        // the default modules are cached by binding class and stripped module: this machine's must differ
        BuildTimeMachine otherModule =
                new BuildTimeMachine(BuildTimeMachine.sha256(new byte[] {0}), "modules/other.meta", StandIn::new);

        assertThat(new MachineBuilder(PROBE_AS_RESOURCE, Engine.COMPILER, otherModule).machineOfAnInstance())
                .isNotInstanceOf(InterpreterMachine.class);
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
        // allocator.wasm stands in for a stripped module: its exports tell which module was taken
        BuildTimeMachine withMeta =
                new BuildTimeMachine(BuildTimeMachine.sha256(PROBE), "modules/allocator.wasm", StandIn::new);

        assertThat(exportNames(withMeta.module(BuildTimeMachineTest.class, PROBE, "probe.wasm"))).contains("live");
        assertThat(exportNames(compiledFrom(PROBE).module(BuildTimeMachineTest.class, PROBE, "probe.wasm")))
                .contains("probe");
        // a class of the boot loader has no resources beside it
        assertThat(exportNames(withMeta.module(Object.class, PROBE, "probe.wasm"))).contains("probe");
    }

    private static List<String> exportNames(WasmModule module) {
        ExportSection exports = module.exportSection();
        return IntStream.range(0, exports.exportCount()).mapToObj(i -> exports.getExport(i).name()).toList();
    }

    private static BuildTimeMachine compiledFrom(byte[] wasm) {
        return new BuildTimeMachine(BuildTimeMachine.sha256(wasm), NO_META, StandIn::new);
    }
}
