package dev.wasmbind.processor;

import static dev.wasmbind.processor.Compilations.source;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import dev.wasmbind.runtime.internal.ImportSpec;
import dev.wasmbind.runtime.internal.WasmSignature;
import dev.wasmbind.runtime.internal.link.LinkMessages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Interfaces that mention types generated in a later round wait for them instead of failing. */
class RoundsTest {
    /** A binding that lists host interface {@code p.Env}, which each test provides its own way. */
    private static final JavaFileObject LOGGER = source("p.Logger",
            "package p;",
            "import dev.wasmbind.*;",
            "@WasmModule(value = \"unknown_import.wasm\", imports = Env.class) interface Logger {",
            "  @Export(\"Greet\") String greet(String name);",
            "}");

    /** Generates record {@code p.Sum}, as another processor would. */
    private static SourceGenerator sum() {
        return new SourceGenerator("p.Sum", "package p;", "public record Sum(int value) {}");
    }

    /** Generates interface {@code p.Task}, as another processor would. */
    private static SourceGenerator task() {
        return new SourceGenerator("p.Task", "package p;", "public interface Task {}");
    }

    private static Compilation compileWith(SourceGenerator generator, JavaFileObject... sources) {
        return Compiler.javac()
                .withProcessors(new WasmBindProcessor(), generator)
                .withOptions(Compilations.MODULE_PATH_OPTION)
                .compile(sources);
    }

    private static List<String> generatedNames(Compilation compilation) {
        return compilation.generatedSourceFiles().stream()
                .map(file -> Path.of(file.toUri().getPath()).getFileName().toString())
                .toList();
    }

    @Test
    void waitsForATypeAnotherProcessorGenerates() {
        Compilation compilation = Compiler.javac()
                .withProcessors(new WasmBindProcessor(),
                        new SourceGenerator("p.Sum", "package p;", "public record Sum(int value) {}"))
                .withOptions(Compilations.MODULE_PATH_OPTION)
                .compile(source("p.Adder",
                        "package p;",
                        "import dev.wasmbind.*;",
                        "@WasmModule(\"greeter.wasm\") interface Adder {",
                        "  @Export(\"Add\") Sum add(int a, int b);",
                        "}"));

        assertThat(compilation.errors()).isEmpty();
        assertThat(compilation.generatedSourceFiles())
                .extracting(file -> file.getName())
                .anySatisfy(name -> assertThat(name).endsWith("AdderWasm.java"));
    }

    @Test
    void reportsAProblemFoundBeforeTheMissingTypeOnceAfterWaiting() {
        Compilation compilation = Compiler.javac()
                .withProcessors(new WasmBindProcessor(),
                        new SourceGenerator("p.Sum", "package p;", "public record Sum(int value) {}"))
                .withOptions(Compilations.MODULE_PATH_OPTION)
                .compile(source("p.Adder",
                        "package p;",
                        "import dev.wasmbind.*;",
                        "@WasmModule(\"greeter.wasm\") interface Adder {",
                        "  @Export(\"Greet\") String greet(Object name);",
                        "  @Export(\"Add\") Sum add(int a, int b);",
                        "}"));

        // found in the first round too, where the interface waited for Sum: reported once, in the round it ran
        assertThat(compilation.errors()).hasSize(1);
        assertThat(compilation.errors().get(0).getLineNumber()).isEqualTo(4);
        assertThat(compilation.errors().get(0).getMessage(Locale.ROOT))
                .startsWith("[wasmbind:unsupported-parameter] parameter `name` has type java.lang.Object, which has "
                        + "no TinyGo ABI lowering");
    }

    @Test
    void waitsForAHostInterfaceAnotherProcessorGenerates() {
        Compilation compilation = compileWith(new SourceGenerator("p.Env", "package p;",
                        "@dev.wasmbind.HostModule(\"env\") public interface Env { void log(String message); }"),
                LOGGER);

        assertThat(compilation.errors()).isEmpty();
        assertThat(generatedNames(compilation)).contains("EnvHostFunctions.java", "LoggerWasm.java");
    }

    /**
     * A binding of a later round than the host interface it lists: the host's problems are reported once, in its
     * own round, and the link check's on the host's method as it stands in the binding's round.
     */
    @Test
    void reportsOnAHostInterfaceOfAnEarlierRoundOnceAndAtItsMethod() {
        Compilation compilation = compileWith(new SourceGenerator("p.Logger", "package p;",
                        "import dev.wasmbind.*;",
                        "@WasmModule(value = \"unknown_import.wasm\", imports = Env.class) interface Logger {",
                        "  @Export(\"Greet\") String greet(String name);",
                        "}"),
                source("p.Env",
                        "package p;",
                        "import dev.wasmbind.*;",
                        "@HostModule(\"env\") interface Env {",
                        "  void log(int level);",
                        "  @Import(\"warn\") default void warn() {}",
                        "}"));

        ImportSpec expected = ImportSpec.of("log", "void log(int level)", WasmSignature.builder().i32("level").returns());
        Compilations.assertErrors(compilation, Compilations.at(4, LinkMessages.hostImportTypeMismatch(
                "unknown_import.wasm", "env", expected, ModuleCheckTest.LOG_TYPE)));
        assertThat(Compilations.describeAll(Compilations.warnings(compilation))).containsExactly(
                Compilations.at(5, Messages.annotationIgnored("@Import", "warn()")));
    }

    @Test
    void waitsForTheComponentTypeOfARecord() {
        Compilation compilation = compileWith(sum(), source("p.Adder",
                "package p;",
                "import dev.wasmbind.*;",
                "@WasmModule(\"greeter.wasm\") interface Adder {",
                "  record Total(Sum sum) {}",
                "  @Export(\"Add\") Total add(int a, int b);",
                "}"));

        assertThat(compilation.errors()).isEmpty();
        assertThat(generatedNames(compilation)).contains("AdderWasm.java");
    }

    @Test
    void waitsForAParameterTypeBeforeJudgingIt() {
        Compilation compilation = compileWith(sum(), source("p.Adder",
                "package p;",
                "import dev.wasmbind.*;",
                "@WasmModule(\"greeter.wasm\") interface Adder {",
                "  @Export(\"Add\") int add(Sum a, int b);",
                "}"));

        Compilations.assertErrors(compilation, Compilations.at(4, Messages.recordParameter("p.Sum", "a")));
    }

    /** One method each: any type missing in an interface makes the whole interface wait. */
    @ParameterizedTest
    @ValueSource(strings = {
            "@WasmModule(value = \"registry.wasm\", deferIfMissing = true) interface Uses { @Handle Task take(); }",
            "@WasmModule(value = \"registry.wasm\", deferIfMissing = true) interface Uses { void put(@Handle Task t); }",
            "@HostModule(\"env\") interface Uses { @Handle Task current(); }",
            "@HostModule(\"env\") interface Uses { void run(@Handle Task task); }"})
    void waitsForTheTypeOfAHandleBeforeJudgingIt(String declaration) {
        Compilation compilation =
                compileWith(task(), source("p.Uses", "package p;", "import dev.wasmbind.*;", declaration));

        assertThat(compilation.errors()).isEmpty();
        assertThat(generatedNames(compilation)).containsAnyOf("UsesWasm.java", "UsesHostFunctions.java");
    }

    @Test
    void waitsForASuperInterfaceAnotherProcessorGenerates() {
        Compilation compilation = compileWith(new SourceGenerator("p.Base", "package p;",
                        "public interface Base { @dev.wasmbind.Export(\"Add\") int add(int a, int b); }"),
                source("p.Adder",
                        "package p;",
                        "@dev.wasmbind.WasmModule(\"greeter.wasm\") interface Adder extends Base {}"));

        assertThat(compilation.errors()).isEmpty();
        assertThat(generatedNames(compilation)).contains("AdderWasm.java");
    }

    @Test
    void waitsForTheSuperInterfaceOfAHostInterface() {
        Compilation compilation = compileWith(new SourceGenerator("p.Base", "package p;",
                        "public interface Base { void log(String message); }"),
                source("p.Env", "package p;", "@dev.wasmbind.HostModule(\"env\") interface Env extends Base {}"),
                LOGGER);

        assertThat(compilation.errors()).isEmpty();
        assertThat(generatedNames(compilation)).contains("EnvHostFunctions.java", "LoggerWasm.java");
    }

    @Test
    void leavesATypeThatNeverAppearsToJavac() {
        Compilation compilation = Compilations.compile(source("p.Foo",
                "package p;",
                "@dev.wasmbind.WasmModule(\"greeter.wasm\") interface Foo {",
                "  Missing f();",
                "}"));

        assertThat(compilation.errors()).singleElement()
                .satisfies(error -> assertThat(error.getMessage(Locale.ROOT)).contains("cannot find symbol"));
    }

    @Test
    void reportsARecordAgainForTheNextInterfaceAfterOneThatWaits() {
        Compilation compilation = Compilations.compile(
                source("p.Bad", "package p;", "public record Bad(Object value) {}"),
                source("p.Waits",
                        "package p;",
                        "import dev.wasmbind.*;",
                        "@WasmModule(\"greeter.wasm\") interface Waits {",
                        "  @Export(\"Add\") Bad add(int a, int b);",
                        "  Missing never();",
                        "}"),
                source("p.Adder",
                        "package p;",
                        "import dev.wasmbind.*;",
                        "@WasmModule(\"greeter.wasm\") interface Adder {",
                        "  @Export(\"Add\") Bad add(int a, int b);",
                        "}"));

        // Waits met Bad first, then waited for Missing, which never comes: Adder reports Bad's problem
        assertThat(Compilations.describeAll(Compilations.errors(compilation)))
                .anySatisfy(error -> assertThat(error).startsWith("2: [wasmbind:unsupported-component]"))
                .anySatisfy(error -> assertThat(error).contains("cannot find symbol"))
                .hasSize(2);
    }

    @Test
    void leavesAMalformedAnnotationToJavac() {
        Compilation missing = Compilations.compile(source("p.Foo",
                "package p;",
                "@dev.wasmbind.WasmModule() interface Foo {}"));
        Compilation mistyped = Compilations.compile(source("p.Foo",
                "package p;",
                "@dev.wasmbind.WasmModule(42) interface Foo {}"));

        assertThat(missing.errors()).singleElement()
                .satisfies(error -> assertThat(error.getMessage(Locale.ROOT)).contains("missing a default value"));
        assertThat(mistyped.errors()).singleElement()
                .satisfies(error -> assertThat(error.getMessage(Locale.ROOT)).contains("incompatible types"));
    }

    /** Generates one source file in the first round, as another annotation processor would. */
    private static final class SourceGenerator extends AbstractProcessor {
        private final String name;
        private final List<String> lines;
        private boolean done;

        SourceGenerator(String name, String... lines) {
            this.name = name;
            this.lines = List.of(lines);
        }

        @Override
        public Set<String> getSupportedAnnotationTypes() {
            return Set.of("*");
        }

        @Override
        public SourceVersion getSupportedSourceVersion() {
            return SourceVersion.latestSupported();
        }

        @Override
        public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
            if (!done) {
                done = true;
                try (Writer writer = processingEnv.getFiler().createSourceFile(name).openWriter()) {
                    writer.write(String.join("\n", lines));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return false;
        }
    }
}
