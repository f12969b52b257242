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
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The rules for {@code @HostModule} interfaces and for {@code @WasmModule(imports = ...)}: one test per rule, with
 * the exact message from {@link Messages}, its line, and that it is the only error.
 */
class HostModuleValidationTest {

    @Test
    void generatesTheAdapterOfAHostInterfaceThatNoBindingListsYet() {
        Compilation compilation = compile(hostWith("  void log(String message);"));

        assertErrors(compilation);
        assertThat(describeAll(warnings(compilation))).isEmpty();
        assertThat(generatedNames(compilation)).containsExactly("EnvHostFunctions.java");
    }

    @ParameterizedTest
    @CsvSource({"class, a class", "enum, an enum", "record, a record", "@interface, an annotation type"})
    void rejectsAHostModuleThatIsNoInterface(String keyword, String kind) {
        String body = keyword.equals("record") ? "Env() {}" : "Env {}";
        Compilation compilation = compile(source("p.Env",
                "package p;",
                "@dev.wasmbind.HostModule(\"env\")",
                keyword + " " + body));

        assertErrors(compilation, at(2, Messages.hostModuleNotAnInterface("p.Env", kind)));
    }

    @Test
    void rejectsAnEmptyModuleName() {
        Compilation compilation = compile(source("p.Env",
                "package p;",
                "@dev.wasmbind.HostModule(",
                "    \"\")",
                "interface Env {}"));

        assertErrors(compilation, at(3, Messages.emptyHostModuleName("p.Env")));
    }

    @Test
    void rejectsAPrivateHostInterface() {
        Compilation compilation = compile(source("p.Outer",
                "package p;",
                "class Outer {",
                "  @dev.wasmbind.HostModule(\"env\")",
                "  private interface Env {}",
                "}"));

        assertErrors(compilation, at(4, Messages.privateInterface("@HostModule", "p.Outer.Env")));
    }

    @Test
    void rejectsAGenericHostInterface() {
        Compilation compilation = compile(source("p.Env",
                "package p;",
                "@dev.wasmbind.HostModule(\"env\")",
                "interface Env<",
                "    T> {}"));

        assertErrors(compilation, at(4, Messages.genericInterface("@HostModule", "p.Env", "<T>")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "int[]              | int[]",
        "double[]           | double[]",
        "Point              | p.Env.Point",
        "Integer            | java.lang.Integer"})
    void rejectsAHostResultWithoutLowering(String declared, String type) {
        Compilation compilation = compile(hostWith(
                "  record Point(int x, int y) {}",
                "  " + declared + " f();"));

        assertErrors(compilation, at(5, Messages.unsupportedHostResult(type, "f()")));
    }

    @Test
    void rejectsADuplicateImportOnTheLaterMethods() {
        Compilation compilation = compile(hostWith(
                "  @Import(\"log\") void log(String message);",
                "  @Import(",
                "      \"log\") void print(String message);",
                "  void log(int level);"));

        assertErrors(compilation,
                at(6, Messages.duplicateImport("log", "print(String)", "log(String)")),
                at(7, Messages.duplicateImport("log", "log(int)", "log(String)")));
    }

    @Test
    void rejectsAnnotationsThatOnlyMeanSomethingOnExports() {
        Compilation compilation = compile(hostWith(
                "  @HostFrees int count(String text);"));

        assertErrors(compilation, at(4, Messages.misplacedAnnotation("@HostFrees", "count(String)", "@WasmModule")));
    }

    @Test
    void rejectsACheckedExceptionOfAHostMethod() {
        Compilation compilation = compile(hostWith(
                "  void log(String message) throws IllegalStateException,",
                "      java.io.IOException;"));

        assertErrors(compilation, at(4, Messages.hostCheckedException("log(String)", "java.io.IOException")));
    }

    @Test
    void rejectsAGenericHostMethod() {
        Compilation compilation = compile(hostWith(
                "  <T> void log(String message);"));

        assertErrors(compilation, at(4, Messages.genericMethod("log(String)")));
    }

    @Test
    void rejectsAnUnsupportedParameterOfAHostMethod() {
        Compilation compilation = compile(hostWith(
                "  void log(String message,",
                "      Object detail);"));

        assertErrors(compilation,
                at(5, Messages.unsupportedParameter("java.lang.Object", "detail", Position.HOST_PARAMETER)));
    }

    @Test
    void rejectsUnsignedOnAnotherTypeOfAHostMethod() {
        Compilation compilation = compile(hostWith(
                "  void log(@Unsigned int level);"));

        assertErrors(compilation, at(4, Messages.unsignedWrongType("int")));
    }

    @Test
    void warnsThatImportOnADefaultMethodHasNoEffect() {
        Compilation compilation = compile(hostWith(
                "  void log(String message);",
                "  @Import(\"twice\")",
                "  default void twice(String message) { log(message); log(message); }"));

        assertErrors(compilation);
        assertThat(describeAll(warnings(compilation))).containsExactly(
                at(5, Messages.annotationIgnored("@Import", "twice(String)")));
    }

    // --- @WasmModule(imports = ...)

    @Test
    void rejectsAnImportsEntryThatIsNoHostModule() {
        Compilation compilation = compile(env(), source("p.Foo",
                "package p;",
                "@dev.wasmbind.WasmModule(value = \"greeter.wasm\", imports = {",
                "    Env.class,",
                "    Runnable.class})",
                "interface Foo {}"));

        assertErrors(compilation, at(4, Messages.notAHostModule("java.lang.Runnable")));
    }

    @Test
    void rejectsAnImportsEntryWithoutHostModule() {
        Compilation compilation = compile(source("p.Foo",
                "package p;",
                "interface Env { void log(String message); }",
                "@dev.wasmbind.WasmModule(value = \"greeter.wasm\",",
                "    imports = Env.class)",
                "interface Foo {}"));

        assertErrors(compilation, at(4, Messages.notAHostModule("p.Env")));
    }

    @Test
    void rejectsTheSameModuleListedTwice() {
        Compilation compilation = compile(env(), source("p.Foo",
                "package p;",
                "@dev.wasmbind.HostModule(\"env\") interface Logging { void trace(String message); }",
                "@dev.wasmbind.WasmModule(value = \"greeter.wasm\", imports = {",
                "    Env.class,",
                "    Logging.class})",
                "interface Foo {}"));

        assertErrors(compilation, at(5, Messages.duplicateHostModule("env", "p.Logging", "p.Env")));
    }

    @Test
    void rejectsTwoHostInterfacesThatGiveTheSameBuilderMethod() {
        Compilation compilation = compile(env(), source("p.Foo",
                "package p;",
                "@dev.wasmbind.WasmModule(value = \"greeter.wasm\", imports = {",
                "    p.Env.class,",
                "    Foo.Env.class})",
                "interface Foo {",
                "  @dev.wasmbind.HostModule(\"env2\") interface Env { void trace(String message); }",
                "}"));

        assertErrors(compilation, at(4, Messages.duplicateSetter("env", "p.Foo.Env", "p.Env")));
    }

    @Test
    void rejectsAHostInterfaceWhoseBuilderMethodWouldBeAKeyword() {
        Compilation compilation = compile(source("p.Foo",
                "package p;",
                "@dev.wasmbind.HostModule(\"env\") interface Int { int add(int a, int b); }",
                "@dev.wasmbind.WasmModule(value = \"greeter.wasm\",",
                "    imports = Int.class)",
                "interface Foo {}"));

        assertErrors(compilation, at(4, Messages.setterIsKeyword("int", "p.Int")));
    }

    @Test
    void reportsAnInvalidHostInterfaceOnceNotOnTheBindingsThatListIt() {
        Compilation compilation = compile(
                hostWith("  int[] name();"),
                source("p.A", "package p;",
                        "@dev.wasmbind.WasmModule(value = \"greeter.wasm\", imports = Env.class) interface A {}"),
                source("p.B", "package p;",
                        "@dev.wasmbind.WasmModule(value = \"greeter.wasm\", imports = Env.class) interface B {}"));

        // nor does a binding that refers to a missing adapter add errors of its own
        assertErrors(compilation, at(4, Messages.unsupportedHostResult("int[]", "name()")));
    }

    @Test
    void reportsProblemsOfAHostInterfaceFromTheClassPathWhereTheBindingListsIt(@TempDir Path classes) {
        Compilation compilation = Compilations.compileAgainst(classes, false, List.of(hostWith("  int[] name();")),
                source("q.Foo",
                        "package q;",
                        "@dev.wasmbind.WasmModule(value = \"greeter.wasm\",",
                        "    imports = p.Env.class)",
                        "interface Foo {}"));

        assertErrors(compilation, at(3, Messages.inHostModuleOnClassPath("p.Env",
                Messages.unsupportedHostResult("int[]", "name()"))));
    }

    @Test
    void generatesTheAdapterOfAHostInterfaceFromAJarBuiltWithoutWasmbind(@TempDir Path classes) {
        Compilation compilation = Compilations.compileAgainst(classes, false, List.of(env()), binding());

        assertErrors(compilation);
        assertThat(generatedNames(compilation)).containsExactlyInAnyOrder("EnvHostFunctions.java", "FooWasm.java");
    }

    @Test
    void usesTheAdapterThatComesWithTheJar(@TempDir Path classes) {
        Compilation compilation = Compilations.compileAgainst(classes, true, List.of(env()), binding());

        assertErrors(compilation);
        assertThat(generatedNames(compilation)).containsExactly("FooWasm.java");
    }

    /** Public {@code p.Env} for module env; the given lines start at line 4. */
    private static JavaFileObject hostWith(String... members) {
        return Compilations.typeWith("p.Env", "@HostModule(\"env\") public interface Env {", members);
    }

    private static JavaFileObject env() {
        return hostWith("  void log(String message);");
    }

    /** {@code q.Foo}, bound to greeter.wasm and listing {@code p.Env}. */
    private static JavaFileObject binding() {
        return source("q.Foo",
                "package q;",
                "@dev.wasmbind.WasmModule(value = \"greeter.wasm\", imports = p.Env.class)",
                "interface Foo {}");
    }

    private static List<String> generatedNames(Compilation compilation) {
        return compilation.generatedSourceFiles().stream()
                .map(file -> Path.of(file.toUri().getPath()).getFileName().toString())
                .toList();
    }
}
