package dev.wasmbind.processor;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Finds the {@code .wasm} file a binding names, where a build puts it: the class output (Maven and Gradle copy
 * resources there before compiling), the source path, then each {@code wasmbind.modulePath} directory.
 */
final class ModuleLocator {
    private final Filer filer;
    private final List<Path> modulePath;

    ModuleLocator(Filer filer, List<Path> modulePath) {
        this.filer = filer;
        this.modulePath = modulePath;
    }

    /** A module file's bytes and where they came from, for messages. */
    record Found(byte[] bytes, String location) {}

    /**
     * The module's bytes, or empty when it is in none of the places.
     *
     * @throws IOException when the file exists but cannot be read
     */
    Optional<Found> find(String resource) throws IOException {
        for (StandardLocation location : List.of(StandardLocation.CLASS_OUTPUT, StandardLocation.SOURCE_PATH)) {
            Optional<byte[]> bytes = fromFiler(location, resource);
            if (bytes.isPresent()) {
                return Optional.of(new Found(bytes.get(), location.getName()));
            }
        }
        for (Path directory : modulePath) {
            Path file = directory.resolve(resource);
            if (Files.isRegularFile(file)) {
                return Optional.of(new Found(Files.readAllBytes(file), file.toString()));
            }
        }
        return Optional.empty();
    }

    /** The directories of {@code wasmbind.modulePath}, as messages list them. */
    List<String> modulePath() {
        return modulePath.stream().map(Path::toString).toList();
    }

    private Optional<byte[]> fromFiler(StandardLocation location, String relative) {
        // compilers differ in how they say "not there": an exception, or a file object that cannot be opened
        try {
            FileObject file = filer.getResource(location, "", relative);
            try (InputStream in = file.openInputStream()) {
                return Optional.of(in.readAllBytes());
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
