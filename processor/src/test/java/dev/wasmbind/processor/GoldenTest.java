package dev.wasmbind.processor;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Compiles each interface under {@code src/test/resources/golden/input} and compares every generated source, as
 * exact text, with {@code src/test/resources/golden/expected/<Name>Wasm.java}. The generated code also has to
 * compile against the runtime.
 *
 * <p>After an intended change of the generated code, rewrite the expected files with
 * {@code mvn -o -pl processor -am test -Dwasmbind.updateGolden=true} and review their diff.
 */
class GoldenTest {
    private static final boolean UPDATE = Boolean.getBoolean("wasmbind.updateGolden");
    private static final Path EXPECTED = Compilations.BASEDIR.resolve("src/test/resources/golden/expected");

    @ParameterizedTest
    @ValueSource(strings = {"demo/ReturnString", "types/EveryType", "types/Results", "nested/Outer"})
    void generatesTheExpectedSource(String input) throws IOException {
        Compilation compilation = Compilations.compile(
                JavaFileObjects.forResource("golden/input/" + input + ".java"));

        assertThat(Compilations.describeAll(Compilations.errors(compilation))).isEmpty();
        // with -Xlint:all, so the generated code is also free of lint warnings
        assertThat(Compilations.warnings(compilation)).allSatisfy(warning -> assertThat(warning.getMessage(null))
                .isEqualTo(Messages.moduleNotFound("results.wasm", List.of(Compilations.MODULES.toString()))));
        assertThat(compilation.generatedSourceFiles()).hasSize(1);
        JavaFileObject generated = compilation.generatedSourceFiles().get(0);
        String name = Path.of(generated.toUri().getPath()).getFileName().toString();
        Path expected = EXPECTED.resolve(name);
        String actual = Compilations.contents(generated);
        if (UPDATE) {
            Files.writeString(expected, actual, StandardCharsets.UTF_8);
        } else {
            assertThat(expected).as("golden file; rewrite with -Dwasmbind.updateGolden=true").exists();
            assertThat(actual).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
        }
    }
}
