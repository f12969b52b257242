package dev.wasmbind.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What the processor's jar offers other code: the processor itself and the ABI package the drafting command
 * shares. The pipeline's classes, its models and its messages are package-private; the kinds are public only for
 * the processor's own packages. The classes come from the compiled packages, so a new public one cannot slip past.
 */
class ProcessorSurfaceTest {

    @Test
    void theProcessorPackageMakesOnlyTheProcessorPublic() throws Exception {
        assertThat(publicTypes("dev.wasmbind.processor")).containsExactly("dev.wasmbind.processor.WasmBindProcessor");
    }

    @Test
    void theAbiPackageMakesTheSharedRulesPublic() throws Exception {
        assertThat(publicTypes("dev.wasmbind.processor.abi")).containsExactly(
                "dev.wasmbind.processor.abi.AbiType",
                "dev.wasmbind.processor.abi.GoTypes",
                "dev.wasmbind.processor.abi.MethodLowering");
    }

    /** The public top-level types of the package, by name, from the compiled classes. */
    private static List<String> publicTypes(String packageName) throws IOException, URISyntaxException {
        Path classes = Path.of(WasmBindProcessor.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path directory = classes.resolve(packageName.replace('.', '/'));
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".class") && !name.contains("$") && !name.equals("package-info.class"))
                    .map(name -> packageName + "." + name.substring(0, name.length() - ".class".length()))
                    .filter(ProcessorSurfaceTest::isPublic)
                    .sorted()
                    .toList();
        }
    }

    private static boolean isPublic(String className) {
        try {
            return Modifier.isPublic(Class.forName(className, false, ProcessorSurfaceTest.class.getClassLoader())
                    .getModifiers());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
