package dev.wasmbind.e2e.conventions;

import static org.assertj.core.api.Assertions.assertThat;

import com.dylibso.chicory.runtime.InterpreterMachine;
import com.dylibso.chicory.runtime.Machine;
import dev.wasmbind.runtime.Engine;
import dev.wasmbind.runtime.internal.BuildTimeMachine;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The processor saw host.wasm while compiling {@link RawHostGuest}, so the binding runs it on the machine compiled
 * then, loaded from the class path like any class of the build: no bytecode is generated when it loads. A module
 * given at run time runs on that machine only when it has the very same bytes. The raw host function
 * {@code env.add} is how the test meets the instance and its machine.
 */
class BuildTimeMachineTest {
    private static final byte[] HOST = resource("/host.wasm");
    private final List<Machine> machines = new ArrayList<>();

    @Test
    void theDefaultModuleRunsOnTheClassesCompiledWithTheBinding() {
        try (RawHostGuestWasm guest = builder().build()) {
            assertThat(guest.callAdd(40, 2)).isEqualTo(42);
        }

        assertBuildTimeMachine();
    }

    @Test
    void theStrippedModuleBesideTheBindingHasItsSha256BesideIt() {
        String meta = "/" + RawHostGuestWasm.class.getName().replace('.', '/') + ".meta";

        assertThat(new String(resource(meta + ".sha256"), StandardCharsets.US_ASCII))
                .isEqualTo(BuildTimeMachine.sha256(resource(meta)));
    }

    @Test
    void aGivenModuleWithTheSameBytesRunsOnThemToo() {
        try (RawHostGuestWasm guest = builder().module(HOST.clone()).build()) {
            assertThat(guest.callAdd(40, 2)).isEqualTo(42);
        }

        assertBuildTimeMachine();
    }

    @Test
    void anyOtherModuleIsCompiledWhenItLoads() {
        // the same code with one more custom section: other bytes, so not the module the classes were compiled from
        byte[] other = new byte[HOST.length + 4];
        System.arraycopy(HOST, 0, other, 0, HOST.length);
        System.arraycopy(new byte[] {0, 2, 1, 'x'}, 0, other, HOST.length, 4);

        try (RawHostGuestWasm guest = builder().module(other).build()) {
            assertThat(guest.callAdd(40, 2)).isEqualTo(42);
        }

        assertThat(machines).singleElement()
                .isNotInstanceOf(InterpreterMachine.class)
                .extracting(machine -> machine.getClass().getClassLoader())
                .isNotSameAs(RawHostGuestWasm.class.getClassLoader());
    }

    @Test
    void theInterpreterRunsTheWholeModule() {
        try (RawHostGuestWasm guest = builder().engine(Engine.INTERPRETER).build()) {
            assertThat(guest.callAdd(40, 2)).isEqualTo(42);
        }

        assertThat(machines).singleElement().isInstanceOf(InterpreterMachine.class);
    }

    private RawHostGuestWasm.Builder builder() {
        return RawHostGuestWasm.builder().hostFunctions(RawImportsTest.envFunctions(
                new ArrayList<>(), instance -> machines.add(instance.getMachine())));
    }

    /** The machine's class is the one the processor wrote beside the binding, loaded from there. */
    private void assertBuildTimeMachine() {
        assertThat(machines).hasSize(1);
        Class<?> machine = machines.get(0).getClass();
        assertThat(machine.getName()).isEqualTo(RawHostGuestWasm.class.getName() + "Machine");
        assertThat(machine.getClassLoader()).isSameAs(RawHostGuestWasm.class.getClassLoader());
        assertThat(machine.getProtectionDomain().getCodeSource().getLocation())
                .isEqualTo(RawHostGuestWasm.class.getProtectionDomain().getCodeSource().getLocation());
    }

    private static byte[] resource(String name) {
        try (InputStream in = BuildTimeMachineTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
