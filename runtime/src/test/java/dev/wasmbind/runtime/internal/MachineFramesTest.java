package dev.wasmbind.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.dylibso.chicory.compiler.MachineFactoryCompiler;
import com.dylibso.chicory.runtime.HostFunction;
import com.dylibso.chicory.runtime.ImportValues;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.FunctionType;
import com.dylibso.chicory.wasm.types.ValType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which frames of a compiled machine run which function, and which are the engine's or the host's. */
class MachineFramesTest {
    private static final WasmModule TRACES = Parser.parse(GuestTest.resource("traces.wasm"));

    /** An instance of traces.wasm on Chicory's compiler. */
    private final Instance compiled = Instance.builder(TRACES)
            .withImportValues(ImportValues.builder().addFunction(new HostFunction("env", "call_back",
                    FunctionType.of(List.of(ValType.I32), List.of(ValType.I32)), (called, args) -> args))
                    .build())
            .withMachineFactory(MachineFactoryCompiler.compile(TRACES))
            .build();
    /** The class of its machine, which its compiled functions' classes are named after. */
    private final String machine = compiled.getMachine().getClass().getName();

    private int[] functions(StackTraceElement... frames) {
        return MachineFrames.take(compiled).functions(List.of(frames), true);
    }

    private static StackTraceElement frame(String className, String method) {
        return new StackTraceElement(className, method, null, -1);
    }

    @Test
    void readsTheFunctionIndexOffACompiledFunctionsMethod() {
        assertThat(functions(
                frame(machine + "FuncGroup_0", "func_3"),
                frame(machine + "FuncGroup_0", "func_0"),
                frame(machine + "FuncGroup_1", "func_123456789")))
                .containsExactly(3, 0, 123456789);
    }

    @Test
    void leavesOutTheMachinesOtherMethodsAndTheEnginesFrames() {
        assertThat(functions(
                frame(machine + "FuncGroup_0", "call_3"),
                frame(machine + "FuncGroup_0", "func_"),
                frame(machine + "FuncGroup_0", "func_3a"),
                frame(machine + "FuncGroup_0", "func_/"),
                frame(machine + "FuncGroup_0", "func_:"),
                frame(machine + "FuncGroup_0", "func_1234567890"),
                frame(machine + "Shaded", "throwTrapException"),
                frame(machine, "call"),
                frame("com.dylibso.chicory.runtime.Instance$Exports", "lambda$function$0"),
                frame("com.dylibso.chicory.wasi.WasiPreview1", "procExit")))
                .containsOnly(MachineFrames.ENGINE);
    }

    @Test
    void keepsTheFramesOfAnyOtherCode() {
        assertThat(functions(
                frame("com.example.Host", "func_3"),
                frame("com.dylibso.chicoryx.Lookalike", "call"),
                frame(GuestFunction.class.getName(), "call")))
                .containsOnly(MachineFrames.HOST);
    }

    @Test
    void givesTheJdksFramesToTheirCaller() {
        StackTraceElement jdk = new StackTraceElement(null, "java.base", "17", "java.util.ArrayDeque", "addFirst",
                "ArrayDeque.java", 1);
        StackTraceElement jdkTool = new StackTraceElement(null, "jdk.internal.vm.ci", "17", "jdk.vm.ci.Some", "run",
                "Some.java", 1);
        StackTraceElement userModule = new StackTraceElement(null, "javalike", "1", "javalike.Util", "run",
                "Util.java", 1);

        assertThat(functions(jdk, jdkTool, frame(machine + "FuncGroup_0", "func_3")))
                .containsExactly(MachineFrames.ENGINE, MachineFrames.ENGINE, 3);
        assertThat(functions(jdk, frame("com.dylibso.chicory.runtime.InterpreterMachine", "call")))
                .containsExactly(MachineFrames.ENGINE, MachineFrames.ENGINE);
        assertThat(functions(jdk, frame("com.example.Host", "parse"), frame(machine + "FuncGroup_0", "func_0")))
                .containsExactly(MachineFrames.HOST, MachineFrames.HOST, 0);
        assertThat(functions(userModule, frame(machine + "FuncGroup_0", "func_3")))
                .containsExactly(MachineFrames.HOST, 3);
        assertThat(functions(jdk)).containsExactly(MachineFrames.HOST);
    }
}
