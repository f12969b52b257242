package dev.wasmbind.runtime.internal;

import static dev.wasmbind.runtime.internal.Signatures.sig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.wasmbind.runtime.Engine;
import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.types.FunctionType;
import com.dylibso.chicory.wasm.types.ValType;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What generated code chains: every builder method returns its builder, and the binding records what it was told. */
class BuildersTest {
    private static final byte[] PROBE = GuestTest.resource("probe.wasm");

    @Test
    void everyWayOfGivingTheModuleReturnsTheBuilder() {
        GuestTest.TestBuilder builder = new GuestTest.TestBuilder(ProbeGuest.BINDING, Engine.INTERPRETER);

        assertThat(builder.module(PROBE)).isSameAs(builder);
        assertThat(builder.module(new ByteArrayInputStream(PROBE))).isSameAs(builder);
        assertThat(builder.module(Parser.parse(PROBE))).isSameAs(builder);
    }

    @Test
    void aHostModuleBindingListsItsFunctionsInOrder() {
        HostModuleBinding env = HostModuleBinding.builder(RuntimeContract.V5, "env", "demo.Env")
                .function(ImportSpec.of("log", "void log(String message)", sig("(i32 message.ptr, i32 message.len) -> nil")))
                .function(ImportSpec.of("now", "long now()", sig("() -> i64")))
                .build();

        assertThat(env.moduleName()).isEqualTo("env");
        assertThat(env.interfaceName()).isEqualTo("demo.Env");
        assertThat(env.imports()).extracting(ImportSpec::importName, ImportSpec::javaSignature)
                .containsExactly(
                        tuple("log", "void log(String message)"),
                        tuple("now", "long now()"));
        assertThat(env.imports().get(1).wasmSignature()).isEqualTo(sig("() -> i64"));
    }

    @Test
    void parsesEveryValueTypeAndPrintsSeveralResultsInParentheses() {
        WasmSignature signature = sig("(i32 a, i64 b, f32 c, f64 d) -> f64");

        assertThat(signature.functionType().params()).extracting(WasmSignature::name)
                .containsExactly("i32", "i64", "f32", "f64");
        assertThat(signature.functionType().returns()).extracting(WasmSignature::name).containsExactly("f64");
        assertThat(WasmSignature.describe(FunctionType.of(List.of(ValType.I32), List.of(ValType.I32, ValType.F32))))
                .isEqualTo("(i32) -> (i32, f32)");
    }
}
