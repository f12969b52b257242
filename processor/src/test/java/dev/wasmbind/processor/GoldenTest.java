package dev.wasmbind.processor;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Compiles the interfaces under {@code src/test/resources/golden/input} and compares every generated source, as
 * exact text, with {@code src/test/resources/golden/expected/<Name>.java}. The generated code also has to compile
 * against the runtime.
 *
 * <p>After an intended change of the generated code, rewrite the expected files with
 * {@code mvn -o -pl processor -am test -Dwasmbind.updateGolden=true} and review their diff.
 */
class GoldenTest {
    private static final boolean UPDATE = Boolean.getBoolean("wasmbind.updateGolden");
    private static final Path EXPECTED = Compilations.BASEDIR.resolve("src/test/resources/golden/expected");

    /** Each case: the input files (space-separated, compiled together) and the classes they generate. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "demo/ReturnString             | ReturnStringWasm",
        "types/EveryType               | EveryTypeWasm",
        "types/Results                 | ResultsWasm",
        "nested/Outer                  | Outer_InnerWasm",
        "host/Env host/HostGuest       | EnvHostFunctions HostGuest_ClockHostFunctions HostGuestWasm"})
    void generatesTheExpectedSource(String inputs, String generatedClasses) throws IOException {
        Compilation compilation = Compilations.compile(Arrays.stream(inputs.split(" "))
                .map(input -> JavaFileObjects.forResource("golden/input/" + input + ".java"))
                .toArray(JavaFileObject[]::new));

        assertThat(Compilations.describeAll(Compilations.errors(compilation))).isEmpty();
        // with -Xlint:all, so the generated code is also free of lint warnings
        assertThat(Compilations.describeAll(Compilations.warnings(compilation))).isEmpty();
        Map<String, String> generated = new TreeMap<>();
        for (JavaFileObject file : compilation.generatedSourceFiles()) {
            generated.put(Path.of(file.toUri().getPath()).getFileName().toString(), Compilations.contents(file));
        }
        assertThat(generated.keySet()).containsExactlyInAnyOrder(Arrays.stream(generatedClasses.split(" "))
                .map(name -> name + ".java")
                .toArray(String[]::new));
        for (Map.Entry<String, String> file : generated.entrySet()) {
            Path expected = EXPECTED.resolve(file.getKey());
            if (UPDATE) {
                Files.writeString(expected, file.getValue(), StandardCharsets.UTF_8);
            } else {
                assertThat(expected).as("golden file; rewrite with -Dwasmbind.updateGolden=true").exists();
                assertThat(file.getValue()).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
            }
        }
    }
}
