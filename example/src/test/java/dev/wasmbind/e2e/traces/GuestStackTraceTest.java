package dev.wasmbind.e2e.traces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.dylibso.chicory.runtime.InterpreterMachine;
import com.dylibso.chicory.wasm.Parser;
import dev.wasmbind.runtime.Engine;
import dev.wasmbind.runtime.WasmCallException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntUnaryOperator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A failed call's trace shows the guest's functions where they ran, on every machine: the interpreter, the machine
 * compiled when the module loads, and the one compiled with the binding (traces.c).
 */
class GuestStackTraceTest {
    /** How frames name traces.wasm, from the file or from its own name section (wasm-ld names it after its file). */
    private static final String MODULE = "traces.wasm";
    private static final String GUEST_FUNCTION = "dev.wasmbind.runtime.internal.GuestFunction";

    /** The machines that run a guest. */
    enum Machine {
        INTERPRETER {
            @Override
            TracesWasm load(Traces.Env env) {
                return TracesWasm.builder().env(env).engine(Engine.INTERPRETER).build();
            }

            @Override
            boolean ran(String machineClass) {
                return machineClass.equals(InterpreterMachine.class.getName());
            }
        },
        /** A parsed module has no build-time machine, nor a file name: frames show the name the module gives itself. */
        RUN_TIME_COMPILER {
            @Override
            TracesWasm load(Traces.Env env) {
                return TracesWasm.builder().env(env).module(Parser.parse(resource("traces.wasm"))).build();
            }

            @Override
            boolean ran(String machineClass) {
                return machineClass.startsWith("com.dylibso.chicory.$gen.CompiledMachine");
            }
        },
        BUILD_TIME_COMPILER {
            @Override
            TracesWasm load(Traces.Env env) {
                return TracesWasm.builder().env(env).build();
            }

            @Override
            boolean ran(String machineClass) {
                return machineClass.startsWith(TracesWasm.class.getName() + "Machine");
            }

            /** The binding calls the compiled function itself. */
            @Override
            String entryClass() {
                return TracesWasm.class.getName();
            }
        };

        abstract TracesWasm load(Traces.Env env);

        /** Whether a frame of this class is this machine's. */
        abstract boolean ran(String machineClass);

        /** The class of the caller's frame right below the guest's frames: where the call went into the guest. */
        String entryClass() {
            return GUEST_FUNCTION;
        }
    }

    /** The guest's imports: {@code call_back} runs what the test says, {@code fail} throws. */
    static final class TestEnv implements Traces.Env {
        IntUnaryOperator callBack = depth -> depth;

        @Override
        public int callBack(int depth) {
            return callBack.applyAsInt(depth);
        }

        @Override
        public void fail() {
            throw new IllegalStateException("the host refuses");
        }
    }

    private final TestEnv env = new TestEnv();

    @ParameterizedTest
    @EnumSource(Machine.class)
    void showsTheGuestFunctionsOfATrapInnermostFirst(Machine machine) {
        try (TracesWasm guest = machine.load(env)) {
            assertThat(guest.trap(0)).as("Trap(0) returns, the same functions deep").isEqualTo(14);
        }
        try (TracesWasm guest = machine.load(env)) {
            WasmCallException e = catchThrowableOfType(() -> guest.trap(1), WasmCallException.class);

            assertThat(e).hasMessage("wasm export `Trap` failed: Trapped on unreachable instruction");
            assertThat(e.guestStack()).map(StackTraceElement::toString).containsExactly(
                    "wasm.check_depth(" + MODULE + ":func 6)",
                    "wasm.parse_field(" + MODULE + ":func 5)",
                    "wasm.traces::parse_record(" + MODULE + ":func 4)",
                    "wasm.Trap(" + MODULE + ":func 7)");
            List<StackTraceElement> trace = Arrays.asList(e.getStackTrace());
            assertThat(trace.subList(0, 4)).isEqualTo(e.guestStack());
            assertThat(trace.get(4).getClassName()).isEqualTo(machine.entryClass());
            assertThat(indexOf(trace, TracesWasm.class.getName(), "trap")).isGreaterThanOrEqualTo(4);
            assertThat(indexOf(trace, GuestStackTraceTest.class.getName(), "lambda$"))
                    .as("the caller's frames follow").isGreaterThan(4);
            assertThat(printed(e)).contains("\tat wasm.check_depth(" + MODULE + ":func 6)\n"
                    + "\tat wasm.parse_field(" + MODULE + ":func 5)\n");
            assertRanOn(machine, e.getCause());
        }
    }

    @ParameterizedTest
    @EnumSource(Machine.class)
    void keepsTheJavaFramesOfAHostFunctionBetweenTheGuestFramesAroundIt(Machine machine) {
        try (TracesWasm guest = machine.load(env)) {
            env.callBack = guest::trap;

            WasmCallException e = catchThrowableOfType(() -> guest.trapViaHost(0), WasmCallException.class);

            assertThat(e.guestStack()).map(StackTraceElement::getMethodName).containsExactly(
                    "check_depth", "parse_field", "traces::parse_record", "Trap", "env_call_back", "ask_host",
                    "TrapViaHost");
            List<StackTraceElement> trace = Arrays.asList(e.getStackTrace());
            int inner = indexOf(trace, "wasm", "Trap");
            int host = indexOf(trace, TestEnv.class.getName(), "callBack");
            int outer = indexOf(trace, "wasm", "env_call_back");
            assertThat(inner).isLessThan(host);
            assertThat(host).isLessThan(outer);
            assertThat(indexOf(trace, TracesWasm.class.getName(), "trap")).isBetween(inner, host);
            assertThat(trace.get(indexOf(trace, "wasm", "TrapViaHost") + 1).getClassName())
                    .isEqualTo(machine.entryClass());
            // the nested call's own exception, its cause, shows its own part of the stack
            assertThat(e.getCause()).isInstanceOfSatisfying(WasmCallException.class,
                    nested -> assertThat(nested.guestStack()).isEqualTo(e.guestStack().subList(0, 4)));
            assertRanOn(machine, e.getCause().getCause());
        }
    }

    @ParameterizedTest
    @EnumSource(Machine.class)
    void showsAHostFunctionThatThrewAboveTheGuestFramesThatCalledIt(Machine machine) {
        try (TracesWasm guest = machine.load(env)) {
            WasmCallException e = catchThrowableOfType(() -> guest.failInHost(3), WasmCallException.class);

            assertThat(e).hasMessage("wasm export `FailInHost` failed: host function `env.fail` threw "
                    + "java.lang.IllegalStateException: the host refuses");
            assertThat(e.getStackTrace()[0].getClassName()).isEqualTo(TestEnv.class.getName());
            assertThat(e.getStackTrace()[0].getMethodName()).isEqualTo("fail");
            assertThat(e.guestStack()).map(StackTraceElement::toString).containsExactly(
                    "wasm.env_fail(" + MODULE + ":func 1)",
                    "wasm.report(" + MODULE + ":func 11)",
                    "wasm.FailInHost(" + MODULE + ":func 10)");
            assertThat(e.getCause()).isInstanceOf(IllegalStateException.class);
            assertRanOn(machine, e.getCause());
        }
    }

    @ParameterizedTest
    @EnumSource(Machine.class)
    void showsTheInnermostHundredFramesOfADeepStack(Machine machine) {
        assertThat(recursionTrapping(machine, 3)).map(StackTraceElement::getMethodName)
                .containsExactly("recurse", "recurse", "recurse", "recurse", "Recurse");
        assertThat(recursionTrapping(machine, 98)).hasSize(100)
                .endsWith(new StackTraceElement("wasm", "Recurse", MODULE + ":func 12", -1));
        List<StackTraceElement> cut = recursionTrapping(machine, 99);
        assertThat(cut).hasSize(100).containsOnly(
                new StackTraceElement("wasm", "recurse", MODULE + ":func 13", -1));
    }

    @ParameterizedTest
    @EnumSource(Machine.class)
    void showsWhereAStackOverflowRecursedThoughTheJvmCutsItsTraceShort(Machine machine) {
        try (TracesWasm guest = machine.load(env)) {
            WasmCallException e = catchThrowableOfType(() -> guest.recurse(Integer.MAX_VALUE),
                    WasmCallException.class);

            assertThat(e.guestStack()).hasSize(100).containsOnly(
                    new StackTraceElement("wasm", "recurse", MODULE + ":func 13", -1));
            List<StackTraceElement> trace = Arrays.asList(e.getStackTrace());
            assertThat(trace.get(100).getClassName()).isEqualTo(machine.entryClass());
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void showsFunctionIndicesWhenTheModuleHasNoNames(Engine engine) throws URISyntaxException {
        Path stripped = Path.of(GuestStackTraceTest.class.getResource("/traces_stripped.wasm").toURI());
        try (TracesWasm guest = TracesWasm.builder().env(env).engine(engine).module(stripped).build()) {
            WasmCallException e = catchThrowableOfType(() -> guest.trap(1), WasmCallException.class);

            assertThat(e.guestStack()).map(StackTraceElement::toString).containsExactly(
                    "wasm.func[6](traces_stripped.wasm:func 6)",
                    "wasm.func[5](traces_stripped.wasm:func 5)",
                    "wasm.func[4](traces_stripped.wasm:func 4)",
                    "wasm.func[7](traces_stripped.wasm:func 7)");
        }
    }

    private List<StackTraceElement> recursionTrapping(Machine machine, int depth) {
        try (TracesWasm guest = machine.load(env)) {
            return catchThrowableOfType(() -> guest.recurse(depth), WasmCallException.class).guestStack();
        }
    }

    private static void assertRanOn(Machine machine, Throwable cause) {
        assertThat(cause.getStackTrace()).as("the raw trace of what %s threw", machine)
                .anySatisfy(frame -> assertThat(machine.ran(frame.getClassName())).isTrue());
    }

    private static int indexOf(List<StackTraceElement> trace, String className, String methodPrefix) {
        for (int i = 0; i < trace.size(); i++) {
            StackTraceElement frame = trace.get(i);
            if (frame.getClassName().equals(className) && frame.getMethodName().startsWith(methodPrefix)) {
                return i;
            }
        }
        return -1;
    }

    private static String printed(Throwable e) {
        StringWriter out = new StringWriter();
        e.printStackTrace(new PrintWriter(out));
        return out.toString().replace(System.lineSeparator(), "\n");
    }

    private static byte[] resource(String name) {
        try (var in = GuestStackTraceTest.class.getResourceAsStream("/" + name)) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
