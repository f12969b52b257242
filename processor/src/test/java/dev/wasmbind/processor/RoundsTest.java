package dev.wasmbind.processor;

import static dev.wasmbind.processor.Compilations.source;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import org.junit.jupiter.api.Test;

/** Interfaces that mention types generated in a later round wait for them instead of failing. */
class RoundsTest {

    @Test
    void waitsForATypeAnotherProcessorGenerates() {
        Compilation compilation = Compiler.javac()
                .withProcessors(new WasmBindProcessor(), new SumGenerator())
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

    /** Generates {@code p.Sum}, a record of one int, in the first round. */
    private static final class SumGenerator extends AbstractProcessor {
        private boolean done;

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
                try (Writer writer = processingEnv.getFiler().createSourceFile("p.Sum").openWriter()) {
                    writer.write(String.join("\n", List.of("package p;", "public record Sum(int value) {}")));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return false;
        }
    }
}
