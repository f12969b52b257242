package dev.wasmbind.runtime.internal;

import static dev.wasmbind.runtime.internal.Signatures.sig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dylibso.chicory.wasm.types.FunctionType;
import com.dylibso.chicory.wasm.types.ValType;
import java.util.List;
import org.junit.jupiter.api.Test;

class WasmSignatureTest {
    @Test
    void buildsWhatMessagesPrint() {
        assertThat(WasmSignature.builder().returnPointer().i32("name.ptr").i32("name.len").returns())
                .hasToString("(i32 retptr, i32 name.ptr, i32 name.len) -> nil");
        assertThat(WasmSignature.builder().i64("a").f32("b").f64("c").returns(ValType.I64))
                .hasToString("(i64 a, f32 b, f64 c) -> i64");
        assertThat(WasmSignature.builder().returns()).hasToString("() -> nil");
        assertThat(WasmSignature.builder().returns(ValType.I32, ValType.F64)).hasToString("() -> (i32, f64)");
    }

    /** A slot's label names the Java parameter it belongs to and the part of it, which marks a slice's cap. */
    @Test
    void labelsNameTheJavaParameterAndThePart() {
        WasmSignature.Param cap = WasmSignature.Param.partOf("data", WasmSignature.CAPACITY);

        assertThat(cap).isEqualTo(new WasmSignature.Param(ValType.I32, "data.cap"));
        assertThat(cap.isCapacity()).isTrue();
        assertThat(cap.javaName()).isEqualTo("data");
        assertThat(WasmSignature.Param.partOf("data", "len").isCapacity()).isFalse();
        assertThat(new WasmSignature.Param(ValType.I32, "count").isCapacity()).isFalse();
        assertThat(new WasmSignature.Param(ValType.I32, "count").javaName()).isEqualTo("count");
        assertThat(new WasmSignature.Param(ValType.I32, WasmSignature.RETURN_POINTER).javaName()).isEqualTo("retptr");
        // only the part before the first separator, even an empty one
        assertThat(new WasmSignature.Param(ValType.I32, ".cap").javaName()).isEmpty();
    }

    @Test
    void testsReadTheSameText() {
        for (String text : List.of(
                "(i32 retptr, i32 name.ptr, i32 name.len) -> nil", "(i32 a, i32 b) -> i32", "() -> nil", "(f64 x) -> f64")) {
            assertThat(sig(text)).hasToString(text);
        }
    }

    @Test
    void matchesTheUnlabelledType() {
        WasmSignature greet = sig("(i32 retptr, i32 name.ptr, i32 name.len) -> nil");

        assertThat(greet.matches(FunctionType.of(List.of(ValType.I32, ValType.I32, ValType.I32), List.of()))).isTrue();
        assertThat(greet.matches(FunctionType.of(List.of(ValType.I32, ValType.I32), List.of()))).isFalse();
    }

    @Test
    void describesModuleTypes() {
        assertThat(WasmSignature.describe(FunctionType.of(List.of(ValType.I32, ValType.F32), List.of(ValType.I64))))
                .isEqualTo("(i32, f32) -> i64");
        assertThat(WasmSignature.describe(FunctionType.empty())).isEqualTo("() -> nil");
    }

    @Test
    void rejectsMalformedText() {
        assertThatThrownBy(() -> sig("i32 -> nil")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> sig("(i32) -> nil")).hasMessageContaining("without label");
        assertThatThrownBy(() -> sig("(v128 x) -> nil")).hasMessageContaining("v128");
    }
}
