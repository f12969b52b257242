package dev.wasmbind.e2e.endive;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wasmbind.runtime.internal.EngineFlavour;
import dev.wasmbind.runtime.internal.link.LinkMessages;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import run.endive.runtime.Machine;
import run.endive.wasm.types.FunctionType;

/**
 * The Endive flavour as an application meets it. An application on it ships no Chicory: this module depends on what
 * such an application does (wasmbind-annotations, wasmbind-runtime-endive, with wasmbind-processor-endive as its
 * processor), and its test class path, a superset of the application's, holds no class under
 * {@code com/dylibso/chicory}, in any jar or directory.
 */
class EndiveFlavourTest {
    private static final String CHICORY = "com/dylibso/chicory/";

    @Test
    void noEntryOfTheClassPathHoldsAChicoryClass() {
        List<Path> entries = classPath();

        assertThat(entries).anySatisfy(entry ->
                assertThat(entry.getFileName().toString()).startsWith("wasmbind-runtime-endive"));
        assertThat(entries).allSatisfy(entry -> assertThat(chicoryEntries(entry)).as(entry.toString()).isEmpty());
    }

    @Test
    void theMachineCompiledAtBuildTimeIsAnEndiveMachine() throws ClassNotFoundException {
        assertThat(Machine.class).isAssignableFrom(Class.forName("demo.ReturnStringWasmMachine"));
    }

    @Test
    void theRuntimeKnowsItRunsOnEndiveAndNamesEndivesTypes() {
        assertThat(EngineFlavour.CURRENT).isEqualTo(EngineFlavour.ENDIVE);
        // relocation leaves the name of the other engine alone, which messages about a class path with both quote
        assertThat(EngineFlavour.CHICORY.instanceClass()).isEqualTo("com.dylibso.chicory.runtime.Instance");
        assertThat(LinkMessages.rawImportNotSupplied("m.wasm", "env", "log", FunctionType.of(List.of(), List.of()))
                .text()).contains("pass a run.endive.runtime.HostFunction(\"env\", \"log\", ...)");
    }

    private static List<Path> classPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.isEmpty())
                .map(Path::of)
                .toList();
    }

    private static List<String> chicoryEntries(Path entry) {
        try {
            if (Files.isDirectory(entry)) {
                try (Stream<Path> files = Files.walk(entry)) {
                    return files.map(file -> entry.relativize(file).toString().replace(File.separatorChar, '/'))
                            .filter(name -> name.startsWith(CHICORY))
                            .toList();
                }
            }
            try (JarFile jar = new JarFile(entry.toFile())) {
                return jar.stream().map(ZipEntry::getName).filter(name -> name.startsWith(CHICORY)).toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
