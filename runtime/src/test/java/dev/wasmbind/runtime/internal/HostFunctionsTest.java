package dev.wasmbind.runtime.internal;

import static dev.wasmbind.runtime.internal.Signatures.sig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dylibso.chicory.runtime.HostFunction;
import com.dylibso.chicory.runtime.TrapException;
import com.dylibso.chicory.runtime.WasmRuntimeException;
import dev.wasmbind.runtime.WasmBindException;
import dev.wasmbind.runtime.WasmCallException;
import com.dylibso.chicory.wasm.types.FunctionType;
import com.dylibso.chicory.wasm.types.ValType;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class HostFunctionsTest {
    private static final ImportSpec MIX =
            ImportSpec.of("mix", "double mix(float a, @Unsigned long b, boolean c)", sig("(f32 a, i32 b, i32 c) -> f64"));
    private static final ImportSpec FAIL = ImportSpec.of("fail", "void fail()", sig("() -> nil"));
    private static final ImportSpec LOG =
            ImportSpec.of("log", "void log(String message)", sig("(i32 message.ptr, i32 message.len) -> nil"));
    private static final HostModuleBinding ENV = HostModuleBinding.builder(RuntimeContract.V5, "env", "test.Env")
            .function(MIX)
            .function(FAIL)
            .function(LOG)
            .build();

    @Test
    void declaresTheImportWithItsLoweredType() {
        HostFunction mix = HostFunctions.define(ENV, MIX, call -> HostFunctions.none());

        assertThat(mix.module()).isEqualTo("env");
        assertThat(mix.name()).isEqualTo("mix");
        assertThat(mix.functionType())
                .isEqualTo(FunctionType.of(List.of(ValType.F32, ValType.I32, ValType.I32), List.of(ValType.F64)));
    }

    @Test
    void readsArgumentsBySlotAndLowersTheResult() {
        HostFunction mix = HostFunctions.define(ENV, MIX, call -> HostFunctions.value(
                Abi.f64((double) call.f32(0) + call.u32(1) + (call.bool(2) ? 1 : 0))));

        long[] result = mix.handle().apply(null, Abi.f32(0.5f), -1, 7);

        assertThat(Abi.toF64(result[0])).isEqualTo(0.5 + 4294967295L + 1);
    }

    @Test
    void wrapsWhatTheImplementationThrowsSoTheExportCanReportIt() {
        IllegalStateException thrown = new IllegalStateException("no");
        HostFunction fail = HostFunctions.define(ENV, FAIL, call -> {
            throw thrown;
        });

        assertThatThrownBy(() -> fail.handle().apply(null))
                .isInstanceOf(HostFunctionException.class)
                .hasMessage("host function `env.fail` threw java.lang.IllegalStateException: no")
                .hasCause(thrown);
        assertThat(Failures.of("CallFail", new HostFunctionException("env", "fail", thrown),
                        new Failures.Context(null, null, 1)))
                .hasMessage("wasm export `CallFail` failed: host function `env.fail` threw java.lang.IllegalStateException: no")
                .hasCause(thrown);
    }

    @Test
    void refusesGuestMemoryOnceTheFunctionHasReturned() {
        AtomicReference<HostCall> kept = new AtomicReference<>();
        HostFunction log = HostFunctions.define(ENV, LOG, call -> {
            kept.set(call);
            return HostFunctions.none();
        });

        log.handle().apply(null, 1024, 5);

        // the region may hold anything by now, so nothing reads it
        assertThatThrownBy(() -> kept.get().string(0))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("guest memory was used through a host call that has returned");
    }

    @Test
    void aFunctionOfScalarsReadsItsArgumentsFromTheSlotsAlone() {
        HostFunction mix = HostFunctions.defineScalar(ENV, MIX, args -> HostFunctions.value(
                Abi.f64((double) HostCall.f32(args, 0) + HostCall.u32(args, 1) + (HostCall.bool(args, 2) ? 1 : 0))));

        long[] result = mix.handle().apply(null, Abi.f32(0.5f), -1, 7);

        assertThat(mix.name()).isEqualTo("mix");
        assertThat(mix.functionType())
                .isEqualTo(FunctionType.of(List.of(ValType.F32, ValType.I32, ValType.I32), List.of(ValType.F64)));
        assertThat(Abi.toF64(result[0])).isEqualTo(0.5 + 4294967295L + 1);
        assertThat(HostCall.i32(new long[] {0, -1L}, 1)).isEqualTo(-1);
        assertThat(HostCall.i64(new long[] {Long.MIN_VALUE}, 0)).isEqualTo(Long.MIN_VALUE);
        assertThat(HostCall.f64(new long[] {Abi.f64(-2.5)}, 0)).isEqualTo(-2.5);
        assertThat(HostCall.bool(new long[] {0}, 0)).isFalse();
    }

    @Test
    void aFunctionOfScalarsWrapsWhatTheImplementationThrows() {
        IllegalStateException thrown = new IllegalStateException("no");
        HostFunction fail = HostFunctions.defineScalar(ENV, FAIL, args -> {
            throw thrown;
        });
        HostFunctionException nested = new HostFunctionException("env", "inner", thrown);
        HostFunction rethrow = HostFunctions.defineScalar(ENV, FAIL, args -> {
            throw nested;
        });

        assertThatThrownBy(() -> fail.handle().apply(null))
                .isInstanceOf(HostFunctionException.class)
                .hasMessage("host function `env.fail` threw java.lang.IllegalStateException: no")
                .hasCause(thrown);
        // a host function's failure that reached this one through a nested call keeps its own name
        assertThatThrownBy(() -> rethrow.handle().apply(null)).isSameAs(nested);
    }

    @Test
    void refusesAnImportOfAnotherHostInterface() {
        ImportSpec other = ImportSpec.of("mix", "double mix(float a)", sig("(f32 a) -> f64"));

        assertThatThrownBy(() -> HostFunctions.define(ENV, other, call -> HostFunctions.none()))
                .isInstanceOf(WasmBindException.class)
                .hasMessage("import `env.mix` (double mix(float a)) is not part of the binding of test.Env: the "
                        + "calling code was generated for another binding; regenerate it with the "
                        + "wasmbind-processor of the wasmbind-runtime on the class path");
        assertThatThrownBy(() -> HostFunctions.defineScalar(ENV, other, args -> HostFunctions.none()))
                .isInstanceOf(WasmBindException.class);
    }

    @Test
    void quotesAPanicWhenTheGuestTrappedUnderTheHostFunctionButNotWhenTheHostFailedOnItsOwn() {
        Failures.Context panicked = new Failures.Context("runtime error: out of memory", null, 1);
        WasmRuntimeException outOfBounds = new WasmRuntimeException("out of bounds memory access");
        IllegalStateException hostsOwn = new IllegalStateException("no");

        assertThat(Failures.of("Greet", new HostFunctionException("env", "name", outOfBounds), panicked))
                .hasMessage("wasm export `Greet` panicked: runtime error: out of memory")
                .hasCause(outOfBounds);
        assertThat(Failures.of("Greet", new HostFunctionException("env", "name",
                        new WasmCallException("malloc", "x", new TrapException("unreachable"))), panicked))
                .hasMessage("wasm export `Greet` panicked: runtime error: out of memory");
        assertThat(Failures.of("Greet", new HostFunctionException("env", "name", hostsOwn), panicked))
                .hasMessage("wasm export `Greet` failed: host function `env.name` threw "
                        + "java.lang.IllegalStateException: no");
    }

    @Test
    void namesTheClassOfWhatARawHostFunctionThrewUnlessItIsChicorysOrOurs() {
        Failures.Context none = new Failures.Context(null, null, 1);

        assertThat(Failures.of("probe", new NoClassDefFoundError("org/example/Missing"), none))
                .hasMessage("wasm export `probe` failed: java.lang.NoClassDefFoundError: org/example/Missing");
        assertThat(Failures.of("probe", new WasmBindException("the guest released handle 7"), none))
                .hasMessage("wasm export `probe` failed: the guest released handle 7");
        assertThat(Failures.of("probe", new TrapException("Trapped on unreachable instruction"), none))
                .hasMessage("wasm export `probe` failed: Trapped on unreachable instruction");
        assertThat(Failures.of("probe", new StackOverflowError(), none))
                .hasMessage("wasm export `probe` failed: the guest exhausted the call stack");
    }
}
