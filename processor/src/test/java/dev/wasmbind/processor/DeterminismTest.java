package dev.wasmbind.processor;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The same input gives byte-identical output, so builds are reproducible and caches hit. */
class DeterminismTest {

    @Test
    void generatesByteIdenticalSourcesFromTheSameInput() {
        List<JavaFileObject> inputs = List.of(
                JavaFileObjects.forResource("golden/input/types/EveryType.java"),
                JavaFileObjects.forResource("golden/input/types/Results.java"),
                JavaFileObjects.forResource("golden/input/nested/Outer.java"),
                JavaFileObjects.forResource("golden/input/demo/ReturnString.java"),
                JavaFileObjects.forResource("golden/input/host/Env.java"),
                JavaFileObjects.forResource("golden/input/host/HostGuest.java"));

        Map<String, byte[]> first = generatedSources(inputs);
        Map<String, byte[]> second = generatedSources(inputs);

        assertThat(first).hasSize(7);
        assertThat(second.keySet()).containsExactlyElementsOf(first.keySet());
        first.forEach((name, bytes) -> assertThat(second.get(name)).as(name).isEqualTo(bytes));
    }

    private static Map<String, byte[]> generatedSources(List<JavaFileObject> inputs) {
        Compilation compilation = Compilations.compile(inputs.toArray(JavaFileObject[]::new));
        assertThat(compilation.errors()).isEmpty();
        Map<String, byte[]> sources = new LinkedHashMap<>();
        for (JavaFileObject file : compilation.generatedSourceFiles()) {
            sources.put(file.toUri().getPath(), bytes(file));
        }
        return sources;
    }

    private static byte[] bytes(JavaFileObject file) {
        try (InputStream in = file.openInputStream()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
