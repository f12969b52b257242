package dev.wasmbind.processor;

import static dev.wasmbind.processor.Compilations.compile;
import static dev.wasmbind.processor.Compilations.describeAll;
import static dev.wasmbind.processor.Compilations.errors;
import static dev.wasmbind.processor.Compilations.source;
import static dev.wasmbind.processor.Compilations.typeWith;
import static dev.wasmbind.processor.Compilations.warnings;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Interfaces that are valid but unusual: each compiles without a diagnostic into a binding of the right exports. */
class BindingShapesTest {

    private static String generated(Compilation compilation) {
        assertThat(describeAll(errors(compilation))).isEmpty();
        assertThat(describeAll(warnings(compilation))).isEmpty();
        assertThat(compilation.generatedSourceFiles()).hasSize(1);
        JavaFileObject file = compilation.generatedSourceFiles().get(0);
        return Compilations.contents(file);
    }

    @Test
    void bindsTheMethodNameWithoutExport() {
        Compilation compilation = compile(typeWith("p.Foo", "@WasmModule(\"greeter.wasm\") interface Foo {",
                "  int Add(int a, int b);"));

        assertThat(generated(compilation)).contains("ExportSpec.of(\"Add\", ");
    }

    @Test
    void bindsTheMethodNameWhenExportIsEmpty() {
        Compilation compilation = compile(typeWith("p.Foo", "@WasmModule(\"greeter.wasm\") interface Foo {",
                "  @Export(\"\") int Add(int a, int b);"));

        assertThat(generated(compilation)).contains("ExportSpec.of(\"Add\", ");
    }

    @Test
    void bindsAnInterfaceOfTheUnnamedPackage() {
        Compilation compilation = compile(source("Foo",
                "import dev.wasmbind.*;",
                "@WasmModule(\"greeter.wasm\") interface Foo {",
                "  @Export(\"Add\") int add(int a, int b);",
                "}"));

        // package-private, like the interface
        assertThat(generated(compilation)).startsWith("import ").contains("\nfinal class FooWasm implements Foo");
    }

    @Test
    void bindsAMethodInheritedTwiceOnce() {
        Compilation compilation = compile(source("p.Foo",
                "package p;",
                "import dev.wasmbind.*;",
                "interface Left { @Export(\"Add\") int add(int a, int b); }",
                "interface Right { @Export(\"Add\") int add(int a, int b); }",
                "@WasmModule(\"greeter.wasm\") interface Foo extends Left, Right {}"));

        // once in the binding, once in its Pool
        assertThat(generated(compilation).split("public int add\\(int a, int b\\)", -1)).hasSize(3);
        assertThat(generated(compilation)).containsOnlyOnce("ExportSpec.of(\"Add\", ");
    }

    @Test
    void bindsAMethodNamedLikeANonPublicObjectMethod() {
        Compilation compilation = compile(typeWith("p.Foo", "@WasmModule(\"every_type.wasm\") interface Foo {",
                "  @Export(\"Nothing\") void finalize();"));

        assertThat(describeAll(errors(compilation))).isEmpty();
        assertThat(compilation.generatedSourceFiles()).singleElement()
                .satisfies(file -> assertThat(Compilations.contents(file)).contains("public void finalize()"));
    }

    @Test
    void qualifiesRuntimeTypesThatTheInterfaceShadowsWithItsOwn() {
        Compilation compilation = compile(typeWith("p.Foo", "@WasmModule(\"greeter.wasm\") interface Foo {",
                "  interface Guest {}",
                "  interface CallScope {}",
                "  interface GuestBuffer {}",
                "  interface GuestFunction {}",
                "  interface ModuleBinding {}",
                "  interface Allocator {}",
                "  interface Engine {}",
                "  interface GuestBuilder {}",
                "  @Export(\"Greet\") String greet(String name);",
                "  @Export(\"Add\") int add(int a, int b);"));

        assertThat(generated(compilation)).contains("dev.wasmbind.runtime.internal.Guest guest");
    }

    @Test
    void laysOutARecordOnceForEveryMethodThatReturnsIt() {
        Compilation compilation = compile(typeWith("p.Foo", "@WasmModule(\"every_type.wasm\") interface Foo {",
                "  record Wrapper(int value) {}",
                "  @Export(\"Wrapped\") Wrapper wrapped(int value);",
                "  @Export(\"Unsigned\") Wrapper again(int value);"));

        assertThat(generated(compilation))
                .contains("public Foo.Wrapper wrapped(int value)", "public Foo.Wrapper again(int value)");
    }
}
