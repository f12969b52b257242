package dev.wasmbind.processor;

import static dev.wasmbind.processor.Compilations.assertErrors;
import static dev.wasmbind.processor.Compilations.at;
import static dev.wasmbind.processor.Compilations.compile;
import static dev.wasmbind.processor.Compilations.describeAll;
import static dev.wasmbind.processor.Compilations.source;
import static dev.wasmbind.processor.Compilations.warnings;
import static org.assertj.core.api.Assertions.assertThat;

import com.dylibso.chicory.wasm.types.FunctionType;
import com.dylibso.chicory.wasm.types.ValType;
import com.google.testing.compile.Compilation;
import dev.wasmbind.runtime.internal.AllocatorConvention;
import dev.wasmbind.runtime.internal.AllocatorNames;
import dev.wasmbind.runtime.internal.link.LinkMessages;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The guest's allocator at compile time: recognised from the module's exports and stated in the generated binding,
 * named with {@code @AllocatorExports}, and each way it can fail, reported once with its message on its element.
 */
class AllocatorCheckTest {
    private static final String MODULE = "two_allocators.wasm";

    @Test
    void statesTheAllocatorItRecognisedInTheGeneratedBinding() throws IOException {
        Compilation compilation = compile(source("p.Greeter",
                "package p;",
                "import dev.wasmbind.*;",
                "@WasmModule(\"greeter.wasm\") interface Greeter {",
                "  @Export(\"Greet\") String greet(String name);",
                "}"));

        assertErrors(compilation);
        assertThat(generated(compilation)).contains(".allocator(\"malloc\", \"free\")");
    }

    @Test
    void bindsScalarsOfAGuestWithoutAllocator() throws IOException {
        Compilation compilation = compile(source("p.Adder",
                "package p;",
                "import dev.wasmbind.*;",
                "@WasmModule(\"no_allocator.wasm\") interface Adder {",
                "  @Export(\"Add\") int add(int a, int b);",
                "}"));

        assertErrors(compilation);
        assertThat(describeAll(warnings(compilation))).isEmpty();
        assertThat(compilation.generatedSourceFile("p.AdderWasm").orElseThrow().getCharContent(true).toString())
                .doesNotContain(".allocator(");
    }

    @Test
    void bindsScalarsWhereTheAllocatorIsAmbiguous() {
        assertErrors(compile(binding("", "  int add(int a, int b);")));
    }

    @Test
    void reportsAnAmbiguousAllocatorOnceOnTheInterface() {
        Compilation compilation = compile(binding("",
                "  void greet(String name);",
                "  @PackedResult @HostFrees String name();"));

        assertErrors(compilation, at(3, LinkMessages.allocatorAmbiguous(MODULE, List.of(
                new AllocatorConvention.Sized("alloc", "dealloc"),
                new AllocatorConvention.CanonicalAbi("cabi_realloc")))));
    }

    @Test
    void takesTheAllocatorTheInterfaceNames() throws IOException {
        Compilation compilation = compile(binding("@AllocatorExports(allocate = \"alloc\", free = \"dealloc\")",
                "  void greet(String name);"));

        assertErrors(compilation);
        assertThat(compilation.generatedSourceFile("p.GuestWasm").orElseThrow().getCharContent(true).toString())
                .contains(".allocator(\"alloc\", \"dealloc\")");
    }

    @Test
    void rejectsAnAllocateExportTheModuleLacks() {
        Compilation compilation = compile(binding("@AllocatorExports(allocate = \"aloc\", free = \"dealloc\")",
                "  int add(int a, int b);"));

        assertErrors(compilation, at(3, LinkMessages.declaredAllocatorMissing(
                MODULE, "aloc", List.of("alloc", "cabi_realloc", "dealloc"))));
    }

    @Test
    void rejectsAnAllocateExportOfAnotherType() {
        Compilation compilation = compile(binding("@AllocatorExports(allocate = \"dealloc\", free = \"dealloc\")",
                "  void greet(String name);"));

        assertErrors(compilation, at(3, LinkMessages.declaredAllocatorType(
                MODULE, "dealloc", FunctionType.of(List.of(ValType.I32, ValType.I32), List.of()), true)));
    }

    @Test
    void rejectsAFreeExportOfAnotherType() {
        Compilation compilation = compile(binding("@AllocatorExports(allocate = \"alloc\", free = \"alloc\")",
                "  void greet(String name);"));

        assertErrors(compilation, at(3, LinkMessages.declaredAllocatorType(
                MODULE, "alloc", AllocatorConvention.ALLOCATE, false)));
    }

    @Test
    void rejectsAnAllocatorWithoutFree() {
        Compilation compilation = compile(binding("@AllocatorExports(allocate = \"alloc\")",
                "  void greet(String name);"));

        assertErrors(compilation, at(3, LinkMessages.declaredFreeMissing(MODULE, "alloc")));
    }

    @Test
    void rejectsAFreeBesideTheCanonicalRealloc() {
        Compilation compilation = compile(binding(
                "@AllocatorExports(allocate = \"cabi_realloc\", free = \"dealloc\")", "  void greet(String name);"));

        assertErrors(compilation, at(3, LinkMessages.declaredFreeBesideRealloc(
                MODULE, new AllocatorNames("cabi_realloc", "dealloc"))));
    }

    @Test
    void rejectsAnUnnamedAllocateExportOnItsValue() {
        Compilation compilation = compile(binding("@AllocatorExports(allocate = \"\")", "  int add(int a, int b);"));

        assertErrors(compilation, at(3, Messages.emptyAllocatorExport()));
    }

    @Test
    void rejectsHostFreesUnderTheCanonicalAbi() {
        Compilation compilation = compile(binding("@AllocatorExports(allocate = \"cabi_realloc\")",
                "  @PackedResult @HostFrees String name();"));

        FunctionType postReturn = FunctionType.of(List.of(ValType.I32), List.of());
        assertErrors(compilation,
                at(5, LinkMessages.resultNotFreeable("String name()", MODULE, "name")),
                at(5, LinkMessages.postReturnTypeMismatch("String name()", MODULE, "cabi_post_name", postReturn,
                        FunctionType.of(List.of(ValType.I64), List.of()))));
    }

    /**
     * {@code p.Guest} on two_allocators.wasm: the annotation (if any) on line 3, then {@code @WasmModule} with the
     * interface's name, then the methods.
     */
    private static JavaFileObject binding(String allocatorAnnotation, String... methods) {
        List<String> lines = new ArrayList<>(List.of("package p;", "import dev.wasmbind.*;"));
        if (!allocatorAnnotation.isEmpty()) {
            lines.add(allocatorAnnotation);
        }
        lines.add("@WasmModule(\"" + MODULE + "\") interface Guest {");
        lines.addAll(List.of(methods));
        lines.add("}");
        return source("p.Guest", lines.toArray(String[]::new));
    }

    private static String generated(Compilation compilation) throws IOException {
        return compilation.generatedSourceFile("p.GreeterWasm").orElseThrow().getCharContent(true).toString();
    }
}
