package dev.wasmbind.processor;

import static dev.wasmbind.processor.Compilations.source;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.wasmbind.runtime.Engine;
import dev.wasmbind.runtime.internal.EngineFlavour;
import dev.wasmbind.runtime.internal.link.Message;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The {@code -A} options. */
class OptionsTest {

    @Test
    void defaultsToTheCompilerAndNoModulePath() {
        List<Message> errors = new ArrayList<>();
        Options options = Options.parse(Map.of(), errors::add);

        assertThat(options.defaultEngine()).isEqualTo(Engine.COMPILER);
        assertThat(options.modulePath()).isEmpty();
        assertThat(options.deferMissingModules()).isFalse();
        assertThat(options.flavour()).isEmpty();
        assertThat(options.underKapt()).isFalse();
        assertThat(errors).isEmpty();
    }

    @Test
    void knowsKaptByTheOptionItGivesEveryProcessor() {
        assertThat(Options.parse(Map.of("kapt.kotlin.generated", "/p/target/generated-sources/kaptKotlin"), error -> {})
                .underKapt()).isTrue();
    }

    @Test
    void readsTheDeferOptionAsABoolean() {
        List<Message> errors = new ArrayList<>();
        Function<String, Boolean> defer = value -> Options.parse(
                Collections.singletonMap("wasmbind.deferMissingModules", value), errors::add)
                .deferMissingModules();

        assertThat(defer.apply("true")).isTrue();
        assertThat(defer.apply(" TRUE ")).isTrue();
        // -Awasmbind.deferMissingModules without a value
        assertThat(defer.apply(null)).isTrue();
        assertThat(defer.apply("false")).isFalse();
        assertThat(errors).isEmpty();
        assertThat(defer.apply("yes")).isFalse();
        assertThat(errors).containsExactly(Messages.invalidBooleanOption("wasmbind.deferMissingModules", "yes"));
    }

    @Test
    void splitsTheModulePathAtThePathSeparator() {
        String value = "a" + File.pathSeparator + File.pathSeparator + " b/c " + File.pathSeparator;
        Options options = Options.parse(Map.of("wasmbind.modulePath", value), error -> {});

        assertThat(options.modulePath()).containsExactly(Path.of("a"), Path.of("b/c"));
    }

    @Test
    void readsTheEngineByItsLowerCaseName() {
        List<Message> errors = new ArrayList<>();

        assertThat(Options.parse(Map.of("wasmbind.defaultEngine", "interpreter"), errors::add).defaultEngine())
                .isEqualTo(Engine.INTERPRETER);
        assertThat(Options.parse(Map.of("wasmbind.defaultEngine", "INTERPRETER"), errors::add).defaultEngine())
                .isEqualTo(Engine.COMPILER);
        assertThat(errors).containsExactly(Messages.invalidEngine("INTERPRETER", List.of("compiler", "interpreter")));
    }

    @Test
    void readsTheFlavourByItsLowerCaseName() {
        List<Message> errors = new ArrayList<>();

        assertThat(Options.parse(Map.of("wasmbind.flavour", " endive "), errors::add).flavour())
                .contains(EngineFlavour.ENDIVE);
        assertThat(Options.parse(Map.of("wasmbind.flavour", "chicory"), errors::add).flavour())
                .contains(EngineFlavour.CHICORY);
        assertThat(errors).isEmpty();
        assertThat(Options.parse(Map.of("wasmbind.flavour", "Endive"), errors::add).flavour()).isEmpty();
        assertThat(errors).containsExactly(Messages.invalidFlavour("Endive", List.of("chicory", "endive")));
    }

    @Test
    void generatesBuildersThatStartWithTheConfiguredEngine() {
        Compilation compilation = Compilations.compile(
                List.of(Compilations.MODULE_PATH_OPTION, "-Awasmbind.defaultEngine=interpreter"),
                source("p.Adder",
                        "package p;",
                        "@dev.wasmbind.WasmModule(\"greeter.wasm\") interface Adder {",
                        "  @dev.wasmbind.Export(\"Add\") int add(int a, int b);",
                        "}"));

        assertThat(compilation.errors()).isEmpty();
        assertThat(Compilations.contents(compilation.generatedSourceFiles().get(0)))
                .contains("super(AdderWasm.class, BINDING, Engine.INTERPRETER);");
    }
}
