package dev.wasmbind.processor;

import static dev.wasmbind.processor.Compilations.assertErrors;
import static dev.wasmbind.processor.Compilations.at;
import static dev.wasmbind.processor.Compilations.compile;
import static dev.wasmbind.processor.Compilations.describeAll;
import static dev.wasmbind.processor.Compilations.source;
import static dev.wasmbind.processor.Compilations.warnings;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.wasmbind.processor.kinds.Position;
import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One test per declaration rule: the exact message from {@link Messages}, its line, and that it is the only error.
 * The sources put the offending construct on a line of its own so that the line proves the element.
 */
class ValidationTest {

    @ParameterizedTest
    @CsvSource({"class, a class", "enum, an enum", "record, a record", "@interface, an annotation type"})
    void rejectsAnythingButAnInterface(String keyword, String kind) {
        String body = keyword.equals("record") ? "Foo() {}" : "Foo {}";
        Compilation compilation = compile(source("p.Foo",
                "package p;",
                "@dev.wasmbind.WasmModule(\"greeter.wasm\")",
                keyword + " " + body));

        assertErrors(compilation, at(2, Messages.notAnInterface("p.Foo", kind)));
    }

    @Test
    void rejectsAPrivateInterface() {
        Compilation compilation = compile(source("p.Outer",
                "package p;",
                "class Outer {",
                "  @dev.wasmbind.WasmModule(\"greeter.wasm\")",
                "  private interface Foo {}",
                "}"));

        assertErrors(compilation, at(4, Messages.privateInterface("@WasmModule", "p.Outer.Foo")));
    }

    @Test
    void rejectsAnInterfaceNestedInAPrivateClass() {
        Compilation compilation = compile(source("p.Outer",
                "package p;",
                "class Outer {",
                "  private static class Hidden {",
                "    @dev.wasmbind.WasmModule(\"greeter.wasm\")",
                "    interface Foo {}",
                "  }",
                "}"));

        assertErrors(compilation, at(5, Messages.privateInterface("@WasmModule", "p.Outer.Hidden.Foo")));
    }

    @Test
    void rejectsAGenericInterface() {
        Compilation compilation = compile(source("p.Foo",
                "package p;",
                "@dev.wasmbind.WasmModule(\"greeter.wasm\")",
                "interface Foo<",
                "    T, U> {}"));

        assertErrors(compilation, at(4, Messages.genericInterface("@WasmModule", "p.Foo", "<T, U>")));
    }

    @Test
    void rejectsImportOnABindingMethod() {
        Compilation compilation = compile(interfaceWith(
                "  @Import(\"add\") int add(int a, int b);"));

        assertErrors(compilation, at(4, Messages.misplacedAnnotation("@Import", "add(int, int)", "@HostModule")));
    }

    @Test
    void rejectsAGenericMethod() {
        Compilation compilation = compile(interfaceWith(
                "  <T> int add(int a, int b);"));

        assertErrors(compilation, at(4, Messages.genericMethod("add(int, int)")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Object value       | java.lang.Object",
        "Integer value      | java.lang.Integer",
        "boolean[] value    | boolean[]",
        "java.util.List<String> value | java.util.List<java.lang.String>",
        "StringBuilder value | java.lang.StringBuilder"})
    void rejectsAnUnsupportedParameterType(String declaration, String type) {
        Compilation compilation = compile(interfaceWith(
                "  int f(int ok,",
                "      " + declaration + ");"));

        assertErrors(compilation, at(5, Messages.unsupportedParameter(type, "value", Position.EXPORT_PARAMETER)));
    }

    @Test
    void rejectsARecordParameter() {
        Compilation compilation = compile(interfaceWith(
                "  record Point(int x, int y) {}",
                "  int f(",
                "      Point point);"));

        assertErrors(compilation, at(6, Messages.recordParameter("p.Foo.Point", "point")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Object     | java.lang.Object    | f()",
        "short[]    | short[]             | f()",
        "Long       | java.lang.Long      | f()",
        "Runnable   | java.lang.Runnable  | f()"})
    void rejectsAnUnsupportedResultType(String declared, String type, String method) {
        Compilation compilation = compile(interfaceWith(
                "  " + declared + " f();"));

        assertErrors(compilation, at(4, Messages.unsupportedResult(type, method)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "int f(@Unsigned int value);       | int",
        "int f(@Unsigned char value);      | char",
        "int f(@Unsigned byte[] value);    | byte[]",
        "@Unsigned int f();                | int",
        "@Unsigned String f();             | java.lang.String",
        "@Unsigned void f();               | void"})
    void rejectsUnsignedOnAnotherType(String method, String type) {
        Compilation compilation = compile(interfaceWith("  " + method));

        assertErrors(compilation, at(4, Messages.unsignedWrongType(type)));
    }

    @Test
    void rejectsUnsignedOnARecordComponentOfAnotherType() {
        Compilation compilation = compile(interfaceWith(
                "  record Pair(int a,",
                "      @Unsigned int b) {}",
                "  Pair pair();"));

        assertErrors(compilation, at(5, Messages.unsignedWrongType("int")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "int     | int",
        "int[]   | int[]",
        "void    | void"})
    void rejectsPackedResultOnAnotherType(String result, String type) {
        Compilation compilation = compile(interfaceWith(
                "  @PackedResult",
                "  " + result + " f();"));

        assertErrors(compilation, at(4, Messages.packedResultWrongType(type)));
    }

    @Test
    void rejectsHostFreesOnAScalar() {
        Compilation compilation = compile(interfaceWith(
                "  @HostFrees",
                "  long f();"));

        assertErrors(compilation, at(4, Messages.hostFreesWrongType("long")));
    }

    @Test
    void rejectsHostFreesOnARecord() {
        Compilation compilation = compile(interfaceWith(
                "  record Named(String name, int id) {}",
                "  @HostFrees",
                "  Named named();"));

        assertErrors(compilation, at(5, Messages.hostFreesWrongType("p.Foo.Named")));
    }

    @Test
    void rejectsADuplicateExportOnTheSecondMethod() {
        Compilation compilation = compile(interfaceWith(
                "  @Export(\"Add\") int add(int a, int b);",
                "  @Export(\"Sum\") int sum(int a, int b);",
                "  @Export(",
                "      \"Add\") int plus(int a, int b);",
                "  int Add(int a, int b);"));

        assertErrors(compilation,
                at(7, Messages.duplicateExport("Add", "plus(int, int)", "add(int, int)")),
                at(8, Messages.duplicateExport("Add", "Add(int, int)", "add(int, int)")));
    }

    @Test
    void rejectsAModuleNameWithALeadingSlash() {
        Compilation compilation = compile(source("p.Foo",
                "package p;",
                "@dev.wasmbind.WasmModule(",
                "    \"/wasm/greet.wasm\")",
                "interface Foo {}"));

        assertErrors(compilation, at(3, Messages.absoluteModuleName("/wasm/greet.wasm")));
        assertThat(Messages.absoluteModuleName("/wasm/greet.wasm").text()).endsWith("write \"wasm/greet.wasm\"");
    }

    @ParameterizedTest
    @CsvSource({"''", "greet.wat", ".wasm", "greet"})
    void rejectsAModuleNameThatIsNoWasmFile(String name) {
        Compilation compilation = compile(source("p.Foo",
                "package p;",
                "@dev.wasmbind.WasmModule(",
                "    \"" + name + "\")",
                "interface Foo {}"));

        assertErrors(compilation, at(3, Messages.invalidModuleName(name)));
    }

    @Test
    void rejectsACheckedException() {
        Compilation compilation = compile(interfaceWith(
                "  int f() throws IllegalStateException, Error,",
                "      java.io.IOException;"));

        assertErrors(compilation, at(4, Messages.checkedException("f()", "java.io.IOException")));
    }

    @ParameterizedTest
    @CsvSource({"int load();, load", "String builder();, builder", "void close();, close"})
    void rejectsAMethodTheGeneratedClassDeclares(String method, String name) {
        Compilation compilation = compile(interfaceWith("  " + method));

        assertErrors(compilation, at(4, Messages.reservedMethod(name)));
    }

    @Test
    void rejectsAnEmptyRecord() {
        Compilation compilation = compile(interfaceWith(
                "  record Empty() {}",
                "  Empty f();"));

        assertErrors(compilation, at(4, Messages.emptyRecord("p.Foo.Empty")));
    }

    @Test
    void rejectsAnUnsupportedRecordComponentOnceForAllMethods() {
        Compilation compilation = compile(interfaceWith(
                "  record Named(String name,",
                "      Object tag) {}",
                "  Named first();",
                "  Named second();"));

        assertErrors(compilation, at(5, Messages.unsupportedComponent("Named", "tag", "java.lang.Object")));
    }

    @Test
    void rejectsARecordThatContainsItself() {
        Compilation compilation = compile(interfaceWith(
                "  record Node(int value, Link next) {}",
                "  record Link(",
                "      Node node) {}",
                "  Node f();"));

        assertErrors(compilation, at(6, Messages.recursiveRecord("Link", "node")));
    }

    @Test
    void rejectsAPrivateRecord() {
        Compilation compilation = compile(source("p.Outer",
                "package p;",
                "import dev.wasmbind.*;",
                "class Outer {",
                "  private record Secret(int a, int b) {}",
                "  @WasmModule(\"greeter.wasm\")",
                "  interface Foo {",
                "    Secret f();",
                "  }",
                "}"));

        assertErrors(compilation, at(4, Messages.privateRecord("p.Outer.Secret")));
    }

    @Test
    void reportsEveryErrorOfAnInterfaceInOneCompile() {
        Compilation compilation = compile(source("p.Foo",
                "package p;",
                "import dev.wasmbind.*;",
                "@WasmModule(\"greeter.wat\")",
                "interface Foo<T> {",
                "  int f(Object o);",
                "  @HostFrees int g();",
                "  Object h();",
                "}"));

        assertErrors(compilation,
                at(4, Messages.genericInterface("@WasmModule", "p.Foo", "<T>")),
                at(3, Messages.invalidModuleName("greeter.wat")),
                at(5, Messages.unsupportedParameter("java.lang.Object", "o", Position.EXPORT_PARAMETER)),
                at(6, Messages.hostFreesWrongType("int")),
                at(7, Messages.unsupportedResult("java.lang.Object", "h()")));
    }

    @Test
    void reportsBothInterfacesOfOneCompile() {
        Compilation compilation = compile(
                source("p.A", "package p;", "@dev.wasmbind.WasmModule(\"greeter.wasm\")", "interface A {",
                        "  Object f();", "}"),
                source("p.B", "package p;", "@dev.wasmbind.WasmModule(\"greeter.wasm\")", "interface B {",
                        "  Object f();", "}"));

        assertThat(describeAll(Compilations.errors(compilation))).containsExactlyInAnyOrder(
                at(4, Messages.unsupportedResult("java.lang.Object", "f()")),
                at(4, Messages.unsupportedResult("java.lang.Object", "f()")));
    }

    @Test
    void warnsThatExportOnADefaultOrStaticMethodHasNoEffect() {
        Compilation compilation = compile(interfaceWith(
                "  @Export(\"Add\") int add(int a, int b);",
                "  @Export(\"Twice\")",
                "  default int twice(int a) { return add(a, a); }",
                "  @Export(\"Zero\")",
                "  static int zero() { return 0; }"));

        assertErrors(compilation);
        assertThat(describeAll(warnings(compilation))).containsExactly(
                at(5, Messages.annotationIgnored("@Export", "twice(int)")),
                at(7, Messages.annotationIgnored("@Export", "zero()")));
        assertThat(compilation.generatedSourceFiles()).hasSize(1);
    }

    @Test
    void rejectsAnInvalidDefaultEngineNamingTheValidOnes() {
        Compilation compilation = Compilations.compile(
                List.of(Compilations.MODULE_PATH_OPTION, "-Awasmbind.defaultEngine=jit"),
                source("p.Foo", "package p;", "@dev.wasmbind.WasmModule(\"greeter.wasm\")", "interface Foo {}"));

        // an option belongs to no source element
        assertErrors(compilation, at(Diagnostic.NOPOS, Messages.invalidEngine("jit", List.of("compiler", "interpreter"))));
    }

    /** {@code p.Foo} bound to greeter.wasm; the given lines start at line 4. */
    private static JavaFileObject interfaceWith(String... members) {
        return Compilations.typeWith("p.Foo", "@WasmModule(\"greeter.wasm\") interface Foo {", members);
    }
}
