package dev.wasmbind.processor;

import static dev.wasmbind.processor.Compilations.assertErrors;
import static dev.wasmbind.processor.Compilations.at;
import static dev.wasmbind.processor.Compilations.compile;
import static dev.wasmbind.processor.Compilations.describeAll;
import static dev.wasmbind.processor.Compilations.source;
import static dev.wasmbind.processor.Compilations.warnings;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.wasmbind.runtime.internal.link.AllocatorExport;
import dev.wasmbind.runtime.internal.link.LinkMessages;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * A host function's String or byte[] result, handed to the guest in memory from its allocator: {@code malloc}, or
 * the export {@code @GuestAllocator} names, which the compile-time check looks for in the module.
 */
class GuestAllocatedResultTest {
    /** A host interface with {@code config} on line 5, after its annotations on line 4. */
    private static JavaFileObject env(String annotations, String config) {
        return Compilations.typeWith("p.Env", "@HostModule(\"env\") interface Env {",
                "  " + annotations,
                "  " + config + ";");
    }

    /**
     * A binding of host_imports.wasm that serves {@code env.config} with {@code p.Env} and every other import of the
     * module raw.
     */
    private static JavaFileObject binding() {
        return source("p.Guest",
                "package p;",
                "import dev.wasmbind.*;",
                "@WasmModule(value = \"host_imports.wasm\", imports = Env.class, rawImports = {",
                "    @RawImport(module = \"env\", names = {\"log\", \"add\", \"params\", \"flag\", \"int8\", \"uint8\",",
                "        \"int16\", \"uint16\", \"letter\", \"uint32\", \"int64\", \"float32\", \"float64\", \"payload\"}),",
                "    @RawImport(module = \"clock\")})",
                "interface Guest {",
                "  @Export(\"Add\") int add(int a, int b);",
                "}");
    }

    @Test
    void aNamedAllocatorTheModuleExportsPasses() {
        Compilation compilation = compile(env("@GuestAllocator(\"wasm_malloc\")", "String config(String key)"),
                binding());

        assertErrors(compilation);
        assertThat(describeAll(warnings(compilation))).isEmpty();
    }

    @Test
    void anAllocatorTheModuleLacksIsAnErrorOnTheHostMethod() {
        Compilation compilation = compile(env("@GuestAllocator(\"my_alloc\")", "String config(String key)"),
                binding());

        assertErrors(compilation, at(5, LinkMessages.allocatorMissing("String config(String key)",
                AllocatorExport.forHostResults("my_alloc"), "host_imports.wasm")));
        assertThat(LinkMessages.allocatorMissing("String config(String key)",
                AllocatorExport.forHostResults("my_alloc"), "m.wasm").text())
                .isEqualTo("`String config(String key)` needs the guest's `my_alloc` export (i32) -> i32 to hand its "
                        + "result to the guest, but m.wasm does not export it");
    }

    @Test
    void aStringResultLowersToAPackedI64WhichMustMatchTheImport() {
        Compilation compilation = compile(env("", "byte[] config(long key)"), binding());

        // the result fits the module's (i32, i32) -> i64, the parameter does not
        assertThat(describeAll(Compilations.errors(compilation))).singleElement().asString()
                .isEqualTo("5: [wasmbind:host-import-type-mismatch] `env.config` has type (i32, i32) -> i64 in "
                        + "host_imports.wasm, but `byte[] config(long key)` needs (i64 key) -> i64");
    }

    @Test
    void aProblemOfTheSecondHostInterfaceIsReportedOnItsOwnMethod() {
        JavaFileObject clock = Compilations.typeWith("p.Clock", "@HostModule(\"clock\") interface Clock {",
                "  long now();");
        JavaFileObject guest = source("p.Guest",
                "package p;",
                "import dev.wasmbind.*;",
                "@WasmModule(value = \"host_imports.wasm\", imports = {Clock.class, Env.class}, rawImports = {",
                "    @RawImport(module = \"env\", names = {\"log\", \"add\", \"params\", \"flag\", \"int8\", \"uint8\",",
                "        \"int16\", \"uint16\", \"letter\", \"uint32\", \"int64\", \"float32\", \"float64\", \"payload\"})})",
                "interface Guest {",
                "  @Export(\"Add\") int add(int a, int b);",
                "}");

        Compilation compilation = compile(clock, env("", "byte[] config(long key)"), guest);

        assertThat(describeAll(Compilations.errors(compilation))).singleElement().asString()
                .startsWith("5: [wasmbind:host-import-type-mismatch] `env.config` has type");
    }

    @Test
    void guestAllocatorOnAScalarOrVoidResultIsAnError() {
        Compilation compilation = compile(Compilations.typeWith("p.Env", "@HostModule(\"env\") interface Env {",
                "  @GuestAllocator(\"wasm_malloc\")",
                "  int count();",
                "  @GuestAllocator(\"wasm_malloc\")",
                "  void reset();"));

        assertErrors(compilation,
                at(4, Messages.guestAllocatorWrongType("int")),
                at(6, Messages.guestAllocatorWrongType("void")));
    }

    @Test
    void guestAllocatorWithoutNameIsAnErrorOnTheValue() {
        Compilation compilation = compile(env("@GuestAllocator(\"\")", "String config(String key)"));

        assertErrors(compilation, at(4, Messages.emptyGuestAllocator("config(String)")));
    }

    @Test
    void guestAllocatorOnAnExportIsMisplaced() {
        Compilation compilation = compile(source("p.Foo",
                "package p;",
                "import dev.wasmbind.*;",
                "@WasmModule(\"greeter.wasm\") interface Foo {",
                "  @GuestAllocator(\"wasm_malloc\") @Export(\"ReturnString\") String returnString();",
                "}"));

        assertErrors(compilation,
                at(4, Messages.misplacedAnnotation("@GuestAllocator", "returnString()", "@HostModule")));
    }
}
