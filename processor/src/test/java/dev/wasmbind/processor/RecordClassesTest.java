package dev.wasmbind.processor;

import static dev.wasmbind.processor.Compilations.assertErrors;
import static dev.wasmbind.processor.Compilations.at;
import static dev.wasmbind.processor.Compilations.compile;
import static dev.wasmbind.processor.Compilations.contents;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Final classes read as records, as a Kotlin {@code data class} is in kapt's stub: one constructor that takes the
 * class's fields, by name and type, in order; any other class is no record.
 */
class RecordClassesTest {

    @Test
    void readsAFinalClassWhoseOneConstructorTakesItsFieldsInOrder() {
        Compilation compilation = compile(boxInterface(
                "  final class Box {",
                "    private final int value;",
                "    private final long id;",
                "    private static int count;",
                "    public Box(int value, long id) { this.value = value; this.id = id; }",
                "    public int getValue() { return value; }",
                "  }"));

        assertErrors(compilation);
        String generated = contents(compilation.generatedSourceFile("p.FooWasm").orElseThrow());
        assertThat(generated).contains("return new Foo.Box(call.readI32(returnArea), call.readI64(returnArea + 8));");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // not final
        "class Box { private final int value; Box(int value) { this.value = value; } }",
        // two constructors
        "final class Box { private final int value; Box(int value) { this.value = value; } Box() { this(0); } }",
        // a private constructor
        "final class Box { private final int value; private Box(int value) { this.value = value; } }",
        // a parameter named otherwise than its field: the fields could be filled with each other's values
        "final class Box { private final int value; Box(int v) { this.value = v; } }",
        // a parameter of another type
        "final class Box { private final long value; Box(int value) { this.value = value; } }",
        // a field the constructor does not take
        "final class Box { private final int value; private final int twice; Box(int value) { this.value = value;"
                + " this.twice = 2 * value; } }",
        // no fields
        "final class Box { Box() {} }"})
    void readsNoOtherClassAsARecord(String declaration) {
        Compilation compilation = compile(boxInterface("  " + declaration));

        assertErrors(compilation, at(5, Messages.unsupportedResult("p.Foo.Box", "record(String)")));
    }

    @Test
    void reportsAComponentProblemOnItsField() {
        Compilation compilation = compile(boxInterface(
                "  final class Box {",
                "    private final int value;",
                "    private final Object tag;",
                "    Box(int value, Object tag) { this.value = value; this.tag = tag; }",
                "  }"));

        assertErrors(compilation, at(8, Messages.unsupportedComponent("Box", "tag", "java.lang.Object")));
    }

    @Test
    void readsUnsignedOnTheConstructorParameter() {
        Compilation compilation = compile(boxInterface(
                "  final class Box {",
                "    private final long value;",
                "    private final int id;",
                "    Box(@Unsigned long value, int id) { this.value = value; this.id = id; }",
                "  }"));

        assertErrors(compilation);
        String generated = contents(compilation.generatedSourceFile("p.FooWasm").orElseThrow());
        assertThat(generated)
                .contains("return new Foo.Box(Abi.toU32(call.readI32(returnArea)), call.readI32(returnArea + 4));");
    }

    @Test
    void leavesAHandleOfSuchAClassAHandle() {
        Compilation compilation = compile(Compilations.typeWith("p.Foo",
                "@WasmModule(\"greeter.wasm\") interface Foo {",
                "  final class Counter {",
                "    private final String name;",
                "    Counter(String name) { this.name = name; }",
                "  }",
                "  @Export(\"Add\") int add(@Handle Counter counter, int b);"));

        assertErrors(compilation);
    }

    /** {@code p.Foo} binding Record of every_type.wasm, which returns a struct, as {@code Box} from line 4 on. */
    private static JavaFileObject boxInterface(String... box) {
        String[] members = new String[box.length + 2];
        members[0] = "  @Export(\"Record\")";
        members[1] = "  Box record(String text);";
        System.arraycopy(box, 0, members, 2, box.length);
        return Compilations.typeWith("p.Foo", "@WasmModule(\"every_type.wasm\") interface Foo {", members);
    }
}
