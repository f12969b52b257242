package dev.wasmbind.processor;

import static dev.wasmbind.processor.Models.binding;
import static dev.wasmbind.processor.Models.hostFrees;
import static dev.wasmbind.processor.Models.method;
import static dev.wasmbind.processor.Models.packed;
import static dev.wasmbind.processor.Models.param;
import static dev.wasmbind.processor.kinds.PrimitiveKind.BOOLEAN;
import static dev.wasmbind.processor.kinds.PrimitiveKind.BYTE;
import static dev.wasmbind.processor.kinds.PrimitiveKind.CHAR;
import static dev.wasmbind.processor.kinds.PrimitiveKind.DOUBLE;
import static dev.wasmbind.processor.kinds.PrimitiveKind.FLOAT;
import static dev.wasmbind.processor.kinds.PrimitiveKind.INT;
import static dev.wasmbind.processor.kinds.PrimitiveKind.LONG;
import static dev.wasmbind.processor.kinds.PrimitiveKind.SHORT;
import static dev.wasmbind.processor.kinds.PrimitiveKind.UNSIGNED_BYTE;
import static dev.wasmbind.processor.kinds.PrimitiveKind.UNSIGNED_LONG;
import static dev.wasmbind.processor.kinds.PrimitiveKind.UNSIGNED_SHORT;
import static dev.wasmbind.processor.kinds.SequenceKind.BYTES;
import static dev.wasmbind.processor.kinds.SequenceKind.INTS;
import static dev.wasmbind.processor.kinds.SequenceKind.LONGS;
import static dev.wasmbind.processor.kinds.SequenceKind.STRING;
import static org.assertj.core.api.Assertions.assertThat;

import com.squareup.javapoet.ClassName;
import dev.wasmbind.processor.kinds.DirectResult;
import dev.wasmbind.processor.kinds.ResultRequest;
import dev.wasmbind.processor.kinds.ReturnAreaResult;
import dev.wasmbind.processor.kinds.Struct;
import dev.wasmbind.runtime.internal.Allocator;
import dev.wasmbind.runtime.Engine;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The lowering of hand-built declarations: signatures, result shapes, allocator needs, C layout. */
class LoweringTest {
    private static final ClassName POINT = ClassName.get("demo", "Point");

    @Test
    void lowersTheReadmeExampleAsTheDesignSays() {
        BindingModel model = Lowering.lower(binding(
                method("returnString", STRING),
                method("greet", STRING, param("name", STRING)),
                method("add", INT, param("a", INT), param("b", INT))), Engine.COMPILER);

        assertThat(model.generated()).isEqualTo(ClassName.get("demo", "CalcWasm"));
        assertThat(model.methods()).extracting(m -> m.export().wasmSignature().toString()).containsExactly(
                "(i32 retptr) -> nil", "(i32 retptr, i32 name.ptr, i32 name.len) -> nil", "(i32 a, i32 b) -> i32");
        assertThat(model.methods()).extracting(m -> m.export().javaSignature()).containsExactly(
                "String returnString()", "String greet(String name)", "int add(int a, int b)");
        assertThat(model.methods()).extracting(m -> m.export().allocator())
                .containsExactly(Allocator.ALLOCATE, Allocator.ALLOCATE, Allocator.NONE);
        assertThat(model.returnAreaSize()).isEqualTo(8);
        assertThat(model.binding().interfaceName()).isEqualTo("demo.Calc");
        assertThat(model.binding().resource()).isEqualTo("calc.wasm");
    }

    @Test
    void lowersEveryScalarToItsValueType() {
        MethodModel method = lower(method("all", DOUBLE,
                param("z", BOOLEAN), param("b", BYTE), param("ub", UNSIGNED_BYTE),
                param("s", SHORT), param("us", UNSIGNED_SHORT), param("c", CHAR),
                param("i", INT), param("u", UNSIGNED_LONG), param("l", LONG),
                param("f", FLOAT), param("d", DOUBLE)).export());

        assertThat(method.export().wasmSignature().toString()).isEqualTo("(i32 z, i32 b, i32 ub, i32 s, i32 us, "
                + "i32 c, i32 i, i32 u, i64 l, f32 f, f64 d) -> f64");
        assertThat(method.export().javaSignature()).isEqualTo("double all(boolean z, byte b, @Unsigned byte ub, "
                + "short s, @Unsigned short us, char c, int i, @Unsigned long u, long l, float f, double d)");
        assertThat(method.needsScope()).isFalse();
    }

    @Test
    void passesSlicesWithCapacity() {
        MethodModel method = lower(method("sum", LONG, param("values", LONGS)).export());

        assertThat(method.export().wasmSignature().toString())
                .isEqualTo("(i32 values.ptr, i32 values.len, i32 values.cap) -> i64");
        assertThat(method.export().allocator()).isEqualTo(Allocator.ALLOCATE);
        assertThat(method.needsScope()).isTrue();
    }

    @Test
    void roundsTheReturnAreaUpToEight() {
        BindingModel model = Lowering.lower(binding(
                method("bytes", BYTES), method("text", STRING)), Engine.COMPILER);

        assertThat(model.methods()).extracting(method -> method.result().returnAreaSize()).containsExactly(12, 8);
        assertThat(model.methods()).extracting(MethodModel::result).containsExactly(
                new ReturnAreaResult(BYTES, ResultRequest.NONE), new ReturnAreaResult(STRING, ResultRequest.NONE));
        assertThat(model.returnAreaSize()).isEqualTo(16);
    }

    @Test
    void needsNoReturnAreaWithoutAggregateResults() {
        BindingModel model = Lowering.lower(binding(method("nothing", null)), Engine.INTERPRETER);

        assertThat(model.returnAreaSize()).isZero();
        assertThat(model.methods().get(0).export().wasmSignature().toString()).isEqualTo("() -> nil");
        assertThat(model.defaultEngine()).isEqualTo(Engine.INTERPRETER);
    }

    @Test
    void packedResultsComeBackAsI64AndHostFreesNeedsFree() {
        BindingModel model = Lowering.lower(binding(
                packed("borrowed", STRING, false),
                packed("owned", BYTES, true, param("key", STRING)),
                hostFrees("freed", INTS)), Engine.COMPILER);

        assertThat(model.methods()).extracting(m -> m.export().wasmSignature().toString()).containsExactly(
                "() -> i64", "(i32 key.ptr, i32 key.len) -> i64", "(i32 retptr) -> nil");
        assertThat(model.methods()).extracting(m -> m.export().allocator())
                .containsExactly(Allocator.NONE, Allocator.ALLOCATE_AND_FREE_RESULT, Allocator.ALLOCATE_AND_FREE_RESULT);
        assertThat(model.returnAreaSize()).isEqualTo(16);
    }

    @Test
    void laysOutRecordsWithCPadding() {
        Struct inner = Struct.of(ClassName.get("demo", "Inner"), List.of(
                new Struct.Member("flag", BOOLEAN), new Struct.Member("total", LONG)));
        Struct outer = Struct.of(POINT, List.of(
                new Struct.Member("c", CHAR),
                new Struct.Member("name", STRING),
                new Struct.Member("b", BYTE),
                new Struct.Member("inner", inner),
                new Struct.Member("data", BYTES),
                new Struct.Member("f", FLOAT)));

        assertThat(inner.size()).isEqualTo(16);
        assertThat(inner.align()).isEqualTo(8);
        assertThat(outer.components()).extracting(Struct.Component::offset).containsExactly(0, 4, 12, 16, 32, 44);
        assertThat(outer.size()).isEqualTo(48);
        assertThat(outer.align()).isEqualTo(8);

        MethodModel method = lower(method("point", outer).export());
        assertThat(method.result()).isEqualTo(new ReturnAreaResult(outer, ResultRequest.NONE));
        assertThat(method.result().returnAreaSize()).isEqualTo(48);
        assertThat(method.export().allocator()).isEqualTo(Allocator.ALLOCATE);
    }

    @Test
    void returnsARecordOfOneScalarDirectlyHoweverDeeplyNested() {
        Struct celsius = Struct.of(ClassName.get("demo", "Celsius"), List.of(new Struct.Member("v", FLOAT)));
        Struct boxed = Struct.of(POINT, List.of(new Struct.Member("value", celsius)));
        Struct pair = Struct.of(POINT, List.of(new Struct.Member("a", INT), new Struct.Member("b", INT)));

        MethodModel direct = lower(method("temperature", boxed).export());
        MethodModel inArea = lower(method("pair", pair).export());

        assertThat(direct.result()).isEqualTo(new DirectResult(boxed, FLOAT));
        assertThat(direct.export().wasmSignature().toString()).isEqualTo("() -> f32");
        assertThat(direct.needsScope()).isFalse();
        assertThat(inArea.result().returnAreaSize()).isEqualTo(8);
    }

    @Test
    void namesNestedInterfacesWithUnderscores() {
        assertThat(Lowering.generatedName(ClassName.get("p", "Outer", "Middle", "Foo")))
                .isEqualTo(ClassName.get("p", "Outer_Middle_FooWasm"));
        assertThat(Lowering.generatedName(ClassName.get("", "Foo"))).isEqualTo(ClassName.get("", "FooWasm"));
    }

    /** A method's lowering, as {@link Lowering#lower(BindingDecl, Engine)} lowers each of a binding's methods. */
    private static MethodModel lower(ExportMethodDecl method) {
        return Lowering.lower(Models.declared(method));
    }
}
