package dev.wasmbind.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The drafting command knows the ABI only through the processor's shared {@code abi} package, so a draft lowers by
 * the very rules the processor checks it with; the processor's kinds, models and messages stay its own.
 */
class AbiBoundaryTest {
    private static final Path SOURCES = Path.of(System.getProperty("basedir", "")).resolve("src/main/java");

    @Test
    void importsNothingOfTheProcessorButItsAbiPackage() throws IOException {
        List<String> reaches;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            reaches = files.filter(file -> file.toString().endsWith(".java"))
                    .flatMap(AbiBoundaryTest::lines)
                    .filter(line -> line.matches("import (static )?dev\\.wasmbind\\.processor\\..*"))
                    .filter(line -> !line.matches("import (static )?dev\\.wasmbind\\.processor\\.abi\\..*"))
                    .toList();
        }
        assertThat(reaches).isEmpty();
    }

    @Test
    void seesTheSources() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            assertThat(files.flatMap(AbiBoundaryTest::lines))
                    .anyMatch(line -> line.startsWith("import dev.wasmbind.processor.abi."));
        }
    }

    private static Stream<String> lines(Path file) {
        if (Files.isDirectory(file)) {
            return Stream.empty();
        }
        try {
            return Files.readAllLines(file).stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
