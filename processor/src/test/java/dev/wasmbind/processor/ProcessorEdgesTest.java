package dev.wasmbind.processor;

import static dev.wasmbind.processor.Compilations.assertErrors;
import static dev.wasmbind.processor.Compilations.at;
import static dev.wasmbind.processor.Compilations.compile;
import static dev.wasmbind.processor.Compilations.describeAll;
import static dev.wasmbind.processor.Compilations.source;
import static dev.wasmbind.processor.Compilations.typeWith;
import static dev.wasmbind.processor.Compilations.warnings;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import org.junit.jupiter.api.Test;

/** How the processor behaves at the edges: other processors, other places of the module, other bindings' records. */
class ProcessorEdgesTest {
    private static final String ADDER_LINE = "@WasmModule(\"greeter.wasm\") interface Adder {";

    /** Records which {@code @WasmModule} interfaces it was shown, as a processor after ours. */
    static final class Witness extends AbstractProcessor {
        final List<String> seen = new ArrayList<>();

        @Override
        public Set<String> getSupportedAnnotationTypes() {
            return Set.of("dev.wasmbind.WasmModule");
        }

        @Override
        public SourceVersion getSupportedSourceVersion() {
            return SourceVersion.latestSupported();
        }

        @Override
        public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
            for (TypeElement annotation : annotations) {
                for (Element element : round.getElementsAnnotatedWith(annotation)) {
                    seen.add(element.toString());
                }
            }
            return false;
        }
    }

    @Test
    void leavesTheAnnotationsToOtherProcessorsToo() {
        Witness witness = new Witness();
        Compilation compilation = Compiler.javac()
                .withProcessors(new WasmBindProcessor(), witness)
                .withOptions(Compilations.MODULE_PATH_OPTION)
                .compile(typeWith("p.Adder", ADDER_LINE, "  @Export(\"Add\") int add(int a, int b);"));

        assertThat(compilation.errors()).isEmpty();
        assertThat(witness.seen).containsExactly("p.Adder");
    }

    @Test
    void findsTheModuleOnTheSourcePath() {
        Compilation compilation = compile(List.of("-sourcepath", Compilations.MODULES.toString()),
                typeWith("p.Adder", ADDER_LINE, "  @Export(\"Ad\") int add(int a, int b);"));

        assertThat(describeAll(compilation.errors())).singleElement().asString()
                .startsWith("4: [wasmbind:no-such-export] no export `Ad` in greeter.wasm");
    }

    @Test
    void reportsAGeneratedClassThatCannotBeWritten() {
        Compilation compilation = compile(
                typeWith("p.Adder", ADDER_LINE, "  @Export(\"Add\") int add(int a, int b);"),
                source("p.AdderWasm", "package p;", "class AdderWasm {}"));

        assertThat(describeAll(compilation.errors())).singleElement().asString()
                .startsWith("3: [wasmbind:cannot-write] cannot write the generated p.AdderWasm: "
                        + "javax.annotation.processing.FilerException");
    }

    @Test
    void checksNothingElseAboutAGenericMethod() {
        Compilation compilation = compile(typeWith("p.Adder", ADDER_LINE,
                "  <T> T add(T a, T b);"));

        assertErrors(compilation, at(4, Messages.genericMethod("add(T, T)")));
    }

    @Test
    void namesArrayParametersInMessages() {
        Compilation compilation = compile(typeWith("p.Adder", ADDER_LINE,
                "  int add(byte[] a, int[][] b) throws java.io.IOException;"));

        assertThat(describeAll(compilation.errors()))
                .contains(at(4, Messages.checkedException("add(byte[], int[][])", "java.io.IOException")));
    }

    @Test
    void skipsABindingWhoseRecordAnotherBindingFoundBroken() {
        Compilation compilation = compile(
                typeWith("p.Broken", "@WasmModule(\"every_type.wasm\") interface Broken {",
                        "  record Bad(Object tag) {}",
                        "  record Holder(Bad bad) {}",
                        "  @Export(\"Wrapped\") Bad wrapped(int value);"),
                typeWith("p.User", "@WasmModule(\"every_type.wasm\") interface User {",
                        "  @Export(\"Wrapped\") Broken.Holder wrapped(int value);",
                        "  @Export(\"Unsigned\") Broken.Bad unsigned(int value);"));

        assertErrors(compilation, at(4, Messages.unsupportedComponent("Bad", "tag", "java.lang.Object")));
        assertThat(describeAll(warnings(compilation))).isEmpty();
    }
}
