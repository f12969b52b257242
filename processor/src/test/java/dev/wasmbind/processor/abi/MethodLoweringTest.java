package dev.wasmbind.processor.abi;

import static org.assertj.core.api.Assertions.assertThat;

import com.dylibso.chicory.wasm.types.ValType;
import com.squareup.javapoet.ClassName;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The ABI as the drafting command sees it: Go types, and every lowering the processor may give a method. */
class MethodLoweringTest {
    private static final AbiType INT = GoTypes.javaType("int32").orElseThrow();

    @Test
    void anExportWithAStringResultLowersByEveryConventionAModuleMayUseTheDeclaredFirst() {
        List<MethodLowering.Fit> fits = MethodLowering.exportLowerings(
                List.of(new MethodLowering.Param("s", AbiType.STRING)), Optional.of(AbiType.STRING), false);

        assertThat(fits).extracting(fit -> fit.signature().toString()).containsExactly(
                "(i32 retptr, i32 s.ptr, i32 s.len) -> nil", "(i32 s.ptr, i32 s.len) -> i64",
                "(i32 s.ptr, i32 s.len) -> (i32, i32)");
        assertThat(fits).extracting(MethodLowering.Fit::description).containsExactly(
                "the result through the return area", "the result packed", "the result as several values (ptr, len)");
    }

    @Test
    void aPackedOrScalarResultLowersOneWay() {
        assertThat(MethodLowering.exportLowerings(
                List.of(new MethodLowering.Param("s", AbiType.STRING)), Optional.of(AbiType.STRING), true))
                .extracting(fit -> fit.signature().toString()).containsExactly("(i32 s.ptr, i32 s.len) -> i64");
        assertThat(MethodLowering.exportLowerings(List.of(new MethodLowering.Param("a", INT)), Optional.of(INT),
                false)).extracting(fit -> fit.signature().toString()).containsExactly("(i32 a) -> i32");
    }

    @Test
    void aRecordOfSeveralResultsComesBackThroughTheReturnAreaAndAHostFunctionCannotReturnIt() {
        AbiType divMod = AbiType.record(ClassName.get("demo", "DivMod"),
                List.of(new AbiType.Component("q", INT), new AbiType.Component("r", INT)));

        assertThat(divMod.javaName()).isEqualTo("DivMod");
        assertThat(divMod.components()).extracting(AbiType.Component::name).containsExactly("q", "r");
        assertThat(MethodLowering.exportLowerings(List.of(), Optional.of(divMod), false))
                .extracting(fit -> fit.signature().toString()).containsExactly("(i32 retptr) -> nil");
        assertThat(MethodLowering.importLowerings(List.of(), Optional.of(divMod))).isEmpty();
        assertThat(MethodLowering.importLowerings(List.of(new MethodLowering.Param("s", AbiType.STRING)),
                Optional.of(INT))).extracting(fit -> fit.signature().toString())
                .containsExactly("(i32 s.ptr, i32 s.len) -> i32");
    }

    @Test
    void goTypesReadAsTheJavaTypesOfTheTable() {
        assertThat(GoTypes.javaType("[]float64").map(AbiType::javaName)).contains("double[]");
        assertThat(GoTypes.javaType("*Point").map(AbiType::javaName)).contains("int");
        assertThat(GoTypes.javaType("error")).isEmpty();
        assertThat(GoTypes.readsAs("uint16", "@Unsigned short")).isTrue();
        assertThat(GoTypes.readsAs("uint16", "char")).isTrue();
        assertThat(GoTypes.readsAs("uint32", "@Unsigned long")).isTrue();
        assertThat(GoTypes.readsAs("uint32", "int")).isTrue();
        assertThat(GoTypes.readsAs("int16", "char")).isFalse();
        assertThat(GoTypes.readsAs("error", "int")).isFalse();
        assertThat(AbiType.ofWasm(ValType.F64).map(AbiType::javaName)).contains("double");
        assertThat(AbiType.ofWasm(ValType.V128)).isEmpty();
    }
}
