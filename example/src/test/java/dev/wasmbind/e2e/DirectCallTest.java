package dev.wasmbind.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wasmbind.runtime.Engine;
import dev.wasmbind.runtime.GuestPoisonedException;
import dev.wasmbind.runtime.WasmCallException;
import dev.wasmbind.runtime.internal.GuestFunction;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An instance that runs the machine compiled at build time calls the compiled function's static method straight
 * from the binding; every other instance calls through Chicory. Both end a call the same way. Which way a call went
 * shows in the stack of the trap it ends with: the frame the binding's method called.
 */
class DirectCallTest {
    @Test
    void theDefaultInstanceCallsTheCompiledFunctionFromTheBinding() {
        try (FailingWasm guest = FailingWasm.load()) {
            assertThat(guest.echo(-7)).isEqualTo(-7);

            Throwable trap = trapOf(guest);

            assertThat(calleeOfBinding(trap).getClassName()).isEqualTo(FailingWasm.class.getName() + "MachineFuncGroup_0");
            assertThat(calleeOfBinding(trap).getMethodName()).startsWith("func_");
            assertThatThrownBy(() -> guest.echo(1)).isInstanceOf(GuestPoisonedException.class);
        }
    }

    @Test
    void theInterpreterCallsThroughChicory() {
        try (FailingWasm guest = FailingWasm.builder().engine(Engine.INTERPRETER).build()) {
            assertThat(guest.echo(-7)).isEqualTo(-7);

            Throwable trap = trapOf(guest);

            assertThat(calleeOfBinding(trap).getClassName()).isEqualTo(GuestFunction.class.getName());
            assertThatThrownBy(() -> guest.echo(1)).isInstanceOf(GuestPoisonedException.class);
        }
    }

    @Test
    void otherBytesOnTheCompilerCallThroughChicory() throws Exception {
        byte[] types;
        try (var in = DirectCallTest.class.getClassLoader().getResourceAsStream("types.wasm")) {
            types = in.readAllBytes();
        }
        // one byte more (an empty custom section): the machine compiled at build time is not for these bytes
        byte[] other = Arrays.copyOf(types, types.length + 3);
        other[types.length + 1] = 1;
        try (FailingWasm guest = FailingWasm.builder().module(other).build()) {
            assertThat(guest.echo(5)).isEqualTo(5);

            assertThat(calleeOfBinding(trapOf(guest)).getClassName()).isEqualTo(GuestFunction.class.getName());
        }
    }

    private static Throwable trapOf(FailingWasm guest) {
        WasmCallException failure = (WasmCallException) catchThrowable(guest::trap);
        assertThat(failure).hasMessageStartingWith("wasm export `Trap` ");
        return failure.getCause();
    }

    private static Throwable catchThrowable(Runnable call) {
        try {
            call.run();
        } catch (Throwable thrown) {
            return thrown;
        }
        throw new AssertionError("the call did not fail");
    }

    /** The frame below the binding's {@code trap()}: what the binding's method called. */
    private static StackTraceElement calleeOfBinding(Throwable thrown) {
        List<StackTraceElement> frames = List.of(thrown.getStackTrace());
        for (int i = 1; i < frames.size(); i++) {
            if (frames.get(i).getClassName().equals(FailingWasm.class.getName())
                    && frames.get(i).getMethodName().equals("trap")) {
                return frames.get(i - 1);
            }
        }
        throw new AssertionError("no frame of FailingWasm.trap in " + frames);
    }
}
