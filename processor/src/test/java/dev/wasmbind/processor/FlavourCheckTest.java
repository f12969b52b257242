package dev.wasmbind.processor;

import static dev.wasmbind.processor.Compilations.assertErrors;
import static dev.wasmbind.processor.Compilations.at;
import static dev.wasmbind.processor.Compilations.source;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import dev.wasmbind.runtime.internal.EngineFlavour;
import java.io.File;
import java.util.Arrays;
import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The engine on the class path must be the one this processor (the Chicory flavour) generates code for. Endive is
 * put on the class path as a source of its instance class, which is all the check looks for. A wrong flavour is
 * the only error: nothing is generated that would add errors of its own.
 */
class FlavourCheckTest {
    private static final JavaFileObject ENDIVE_INSTANCE =
            source("run.endive.runtime.Instance", "package run.endive.runtime;", "public final class Instance {}");
    private static final JavaFileObject ADDER = source("p.Adder",
            "package p;",
            "@dev.wasmbind.WasmModule(\"greeter.wasm\") interface Adder {",
            "  @dev.wasmbind.Export(\"Add\") int add(int a, int b);",
            "}");

    @Test
    void aClassPathWithEndiveAloneNeedsTheEndiveProcessor() {
        List<File> withoutChicory = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.replace(File.separatorChar, '/').contains("/com/dylibso/chicory/"))
                .map(File::new)
                .toList();

        Compilation compilation = Compiler.javac()
                .withProcessors(new WasmBindProcessor())
                .withOptions(Compilations.MODULE_PATH_OPTION)
                .withClasspath(withoutChicory)
                .compile(ENDIVE_INSTANCE, ADDER);

        assertErrors(compilation,
                at(Diagnostic.NOPOS, Messages.flavourMismatch(EngineFlavour.ENDIVE, EngineFlavour.CHICORY)));
    }

    @Test
    void bothEnginesOnTheClassPathNeedTheFlavourConfirmed() {
        Compilation compilation = Compilations.compile(ENDIVE_INSTANCE, ADDER);

        assertErrors(compilation,
                at(Diagnostic.NOPOS, Messages.bothFlavours(EngineFlavour.CHICORY, EngineFlavour.ENDIVE)));
    }

    @Test
    void theOptionConfirmsThisProcessorsFlavourBesideTheOtherEngine() {
        Compilation compilation = Compilations.compile(
                List.of(Compilations.MODULE_PATH_OPTION, "-Awasmbind.flavour=chicory"), ENDIVE_INSTANCE, ADDER);

        assertThat(compilation.errors()).isEmpty();
        assertThat(compilation.generatedSourceFiles()).hasSize(1);
    }

    @Test
    void theOptionCannotAskForTheOtherFlavour() {
        Compilation compilation = Compilations.compile(
                List.of(Compilations.MODULE_PATH_OPTION, "-Awasmbind.flavour=endive"), ADDER);

        assertErrors(compilation,
                at(Diagnostic.NOPOS, Messages.flavourNotServed(EngineFlavour.ENDIVE, EngineFlavour.CHICORY)));
    }

    @Test
    void anInvalidFlavourIsReported() {
        Compilation compilation = Compilations.compile(
                List.of(Compilations.MODULE_PATH_OPTION, "-Awasmbind.flavour=graal"), ADDER);

        assertErrors(compilation,
                at(Diagnostic.NOPOS, Messages.invalidFlavour("graal", List.of("chicory", "endive"))));
    }
}
