package dev.wasmbind.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wasmbind.runtime.Engine;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.InterpreterMachine;
import com.dylibso.chicory.wasm.Parser;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The engine a builder is given is the one that runs the guest: the compiler never quietly becomes the interpreter. */
class EngineTest {

    @Test
    void runsTheCompilerWhenAskedTo() {
        assertThat(machineRunning(Engine.COMPILER)).isNotInstanceOf(InterpreterMachine.class);
    }

    @Test
    void runsTheInterpreterWhenAskedTo() {
        assertThat(machineRunning(Engine.INTERPRETER)).isInstanceOf(InterpreterMachine.class);
    }

    @Test
    void compilesAPreparedModuleOnceForAnyNumberOfInstances() {
        PreparedModule prepared = new PreparedModule("probe.wasm", Parser.parse(GuestTest.resource("probe.wasm")));

        assertThat(prepared.machineFactory(Engine.COMPILER))
                .isNotNull()
                .isSameAs(prepared.machineFactory(Engine.COMPILER));
        assertThat(prepared.machineFactory(Engine.INTERPRETER))
                .isNotNull()
                .isNotSameAs(prepared.machineFactory(Engine.COMPILER));
    }

    private static Object machineRunning(Engine engine) {
        AtomicReference<Instance> seen = new AtomicReference<>();
        try (Guest guest = ProbeGuest.start(engine, seen)) {
            guest.function(ProbeGuest.PROBE).callVoid();
        }
        return seen.get().getMachine();
    }
}
