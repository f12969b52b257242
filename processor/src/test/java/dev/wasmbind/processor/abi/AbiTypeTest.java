package dev.wasmbind.processor.abi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dylibso.chicory.wasm.types.ValType;
import com.squareup.javapoet.ClassName;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Java types the drafting command works with, and the Go type table it reads them from. */
class AbiTypeTest {
    private static final ClassName POINT = ClassName.get("demo", "Point");

    private static AbiType go(String goType) {
        return GoTypes.javaType(goType).orElseThrow();
    }

    @Test
    void tellsRegionsFromScalars() {
        assertThat(AbiType.STRING.isRegion()).isTrue();
        assertThat(AbiType.STRING.isScalar()).isFalse();
        assertThat(go("[]byte").isRegion()).isTrue();
        assertThat(go("int32").isRegion()).isFalse();
        assertThat(go("int32").isScalar()).isTrue();
        assertThat(go("float64").isScalar()).isTrue();
    }

    @Test
    void areEqualWhenTheyBindAlike() {
        assertThat(go("string")).isEqualTo(AbiType.STRING).hasSameHashCodeAs(AbiType.STRING);
        assertThat(go("rune")).isEqualTo(go("int32")).hasSameHashCodeAs(go("int32"));
        assertThat(go("int64")).isNotEqualTo(go("int32")).isNotEqualTo("long");
        assertThat(go("byte").hashCode()).isNotEqualTo(go("int64").hashCode());
    }

    @Test
    void namesThemselvesAsADeclarationWrites() {
        assertThat(go("uint8")).hasToString("@Unsigned byte");
        assertThat(AbiType.STRING).hasToString("String");
        assertThat(go("[]float32").javaName()).isEqualTo("float[]");
    }

    @Test
    void laysOutRecordsAndListsTheirComponents() {
        AbiType point = AbiType.record(POINT,
                List.of(new AbiType.Component("x", go("int32")), new AbiType.Component("name", AbiType.STRING)));

        assertThat(point.javaName()).isEqualTo("Point");
        assertThat(point.isRegion()).isFalse();
        assertThat(point.isScalar()).isFalse();
        assertThat(point.components()).containsExactly(
                new AbiType.Component("x", go("int32")), new AbiType.Component("name", AbiType.STRING));
        assertThat(go("int32").components()).isEmpty();
    }

    @Test
    void refusesARecordOfNoComponents() {
        assertThatThrownBy(() -> AbiType.record(POINT, List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void readsAWasmValueAsItsJavaPrimitive() {
        assertThat(AbiType.ofWasm(ValType.I32)).contains(go("int32"));
        assertThat(AbiType.ofWasm(ValType.I64)).contains(go("int64"));
        assertThat(AbiType.ofWasm(ValType.F32)).contains(go("float32"));
        assertThat(AbiType.ofWasm(ValType.F64)).contains(go("float64"));
        assertThat(AbiType.ofWasm(ValType.V128)).isEmpty();
    }

    @Test
    void knowsGoPointersAndUnsignedIntegers() {
        assertThat(GoTypes.isPointer("*Point")).isTrue();
        assertThat(GoTypes.isPointer("unsafe.Pointer")).isTrue();
        assertThat(GoTypes.isPointer("uintptr")).isTrue();
        assertThat(GoTypes.isPointer("int32")).isFalse();
        assertThat(GoTypes.javaType("*Point")).contains(go("int32"));
        assertThat(GoTypes.isUint32("uint32")).isTrue();
        assertThat(GoTypes.isUint32("uint")).isTrue();
        assertThat(GoTypes.isUint32("int32")).isFalse();
        assertThat(GoTypes.isUint64("uint64")).isTrue();
        assertThat(GoTypes.isUint64("int64")).isFalse();
        assertThat(GoTypes.javaType("error")).isEmpty();
    }

    @Test
    void acceptsTheOtherReadingsOfAGoTypeAndNoneElse() {
        assertThat(GoTypes.readsAs("uint32", "int")).isTrue();
        assertThat(GoTypes.readsAs("uint32", "@Unsigned long")).isTrue();
        assertThat(GoTypes.readsAs("uint32", "long")).isFalse();
        assertThat(GoTypes.readsAs("int32", "@Unsigned long")).isFalse();
        assertThat(GoTypes.readsAs("error", "int")).isFalse();
    }
}
