package dev.wasmbind.processor;

import static dev.wasmbind.processor.Compilations.assertErrors;
import static dev.wasmbind.processor.Compilations.at;
import static dev.wasmbind.processor.Compilations.compile;
import static dev.wasmbind.processor.Compilations.describeAll;
import static dev.wasmbind.processor.Compilations.source;
import static dev.wasmbind.processor.Compilations.warnings;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.wasmbind.runtime.internal.link.LinkMessages;
import java.io.IOException;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * {@code @WasmModule(rawImports = ...)}: imports left to raw Chicory host functions pass the compile-time check,
 * are printed into the generated binding (so that loading checks they were given), and are checked for typos.
 * unknown_import.wasm imports {@code env.log} and WASI's {@code fd_write}.
 */
class RawImportsTest {
    private static JavaFileObject logger(String rawImports) {
        return source("p.Logger",
                "package p;",
                "import dev.wasmbind.*;",
                "@WasmModule(value = \"unknown_import.wasm\",",
                "    rawImports = " + rawImports + ")",
                "interface Logger {",
                "  @Export(\"Greet\") String greet(String name);",
                "}");
    }

    private static String generated(Compilation compilation) throws IOException {
        return compilation.generatedSourceFile("p.LoggerWasm").orElseThrow().getCharContent(true).toString();
    }

    @Test
    void anImportDeclaredRawByNamePassesAndIsPrintedForTheLoadTimeCheck() throws IOException {
        Compilation compilation = compile(logger("@RawImport(module = \"env\", names = \"log\")"));

        assertErrors(compilation);
        assertThat(describeAll(warnings(compilation))).isEmpty();
        assertThat(generated(compilation)).contains(".rawImport(\"env\", \"log\")");
    }

    @Test
    void aWholeModuleDeclaredRawCoversEveryImportOfIt() throws IOException {
        Compilation compilation = compile(logger("@RawImport(module = \"env\")"));

        assertErrors(compilation);
        assertThat(describeAll(warnings(compilation))).isEmpty();
        assertThat(generated(compilation)).contains(".rawImport(\"env\")");
    }

    @Test
    void aRawImportTheModuleDoesNotHaveIsAWarningWithTheNearestName() {
        Compilation compilation = compile(logger("{@RawImport(module = \"env\", names = {\"log\", \"lg\"}),\n"
                + "        @RawImport(module = \"evn\")}"));

        assertErrors(compilation);
        assertThat(describeAll(warnings(compilation))).containsExactly(
                at(4, LinkMessages.rawImportUnused("unknown_import.wasm", "env", "lg", List.of("log"))),
                at(5, LinkMessages.rawImportModuleUnused(
                        "unknown_import.wasm", "evn", List.of("env", "wasi_snapshot_preview1"))));
        assertThat(LinkMessages.rawImportModuleUnused("m.wasm", "evn", List.of("env")).text())
                .isEqualTo("m.wasm imports no function from module `evn`, so @RawImport lists it for nothing; did "
                        + "you mean `env`?");
    }

    @Test
    void aRawImportWithoutModuleNameIsAnErrorOnItsEntry() {
        Compilation compilation = compile(logger("{@RawImport(module = \"env\"), @RawImport(module = \"\")}"));

        assertErrors(compilation, at(4, Messages.emptyRawImport(".*")));
    }

    @Test
    void aRawImportThatAHostInterfaceImplementsIsAnError() {
        Compilation compilation = compile(
                source("p.Env", "package p;", "@dev.wasmbind.HostModule(\"env\") interface Env {",
                        "  void log(String message);", "}"),
                source("p.Logger",
                        "package p;",
                        "import dev.wasmbind.*;",
                        "@WasmModule(value = \"unknown_import.wasm\", imports = Env.class,",
                        "    rawImports = @RawImport(module = \"env\"))",
                        "interface Logger {",
                        "  @Export(\"Greet\") String greet(String name);",
                        "}"));

        assertErrors(compilation, at(4, Messages.rawImportServedByHost("env.log", "p.Env")));
    }

    @Test
    void anImportOfAnotherModuleIsStillAnError() {
        Compilation compilation = compile(logger("@RawImport(module = \"other\")"));

        assertErrors(compilation, at(3, LinkMessages.importNotProvided(
                "unknown_import.wasm", "env", "log", ModuleCheckTest.LOG_TYPE)));
    }
}
