package dev.wasmbind.processor;

import dev.wasmbind.runtime.internal.Modules;
import dev.wasmbind.runtime.internal.link.NearNames;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.PackageElement;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Finds the {@code .wasm} file a binding names, where a build puts it: the class output (Maven copies resources
 * there before compiling; Gradle keeps them apart, so its builds pass their resources directory as
 * {@code wasmbind.modulePath}), the source path, then each {@code wasmbind.modulePath} directory.
 */
final class ModuleLocator {
    /** How deep a missing module's message looks for {@code .wasm} files under each directory searched. */
    private static final int LISTING_DEPTH = 6;
    /** As many as {@link NearNames} suggests. */
    private static final int MAX_SUGGESTIONS = 3;
    /** How a {@code wasmbind.modulePath} directory is named in messages. */
    static final String MODULE_PATH_ENTRY = Options.MODULE_PATH + " entry";

    private final Filer filer;
    private final List<Path> modulePath;

    ModuleLocator(Filer filer, List<Path> modulePath) {
        this.filer = filer;
        this.modulePath = modulePath;
    }

    /** A module file's bytes and where they came from, for messages. */
    record Found(byte[] bytes, String location) {}

    /**
     * A place searched for a module that was not there, as its message shows it.
     *
     * @param place what the directory is to the build: "the class output", "wasmbind.modulePath entry"
     * @param directory the directory, as a path (or a URI where the compiler keeps it in memory)
     * @param listing whether the directory could be listed
     * @param modules the {@code .wasm} files under it, relative to it with {@code /} separators, sorted; empty unless
     *     listed
     */
    record Searched(String place, String directory, Listing listing, List<String> modules) {
        Searched {
            modules = List.copyOf(modules);
        }
    }

    /** What is known of a searched directory's contents. */
    enum Listing {
        /** Its modules are listed. */
        LISTED,
        /** It does not exist. */
        MISSING,
        /** It exists but cannot be listed: kept in memory by the compiler, or unreadable. */
        NOT_LISTED
    }

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

    /**
     * The directories {@link #find} searched for {@code resource} in vain, each with the modules it holds: the class
     * output, the source path entry that holds {@code binding}'s source (the compiler does not tell the others),
     * and the {@code wasmbind.modulePath} directories. A place the compiler does not tell is left out.
     */
    List<Searched> searched(String resource, Element binding) {
        List<Searched> searched = new ArrayList<>();
        classOutput(resource).ifPresent(searched::add);
        sourceRoot(binding).ifPresent(searched::add);
        modulePath.forEach(directory -> searched.add(listed(MODULE_PATH_ENTRY, directory)));
        return searched;
    }

    /**
     * The modules found that {@code resource} probably means: those of the same file name in another directory, or
     * else those whose path is a few edits away, or else those whose file name is.
     */
    static List<String> nearest(String resource, List<Searched> searched) {
        Set<String> candidates = new LinkedHashSet<>();
        searched.forEach(place -> candidates.addAll(place.modules()));
        String fileName = fileName(resource);
        List<String> sameFileName = candidates.stream()
                .filter(candidate -> fileName(candidate).equals(fileName))
                .toList();
        if (!sameFileName.isEmpty()) {
            return sameFileName;
        }
        List<String> nearPaths = NearNames.nearest(resource, candidates);
        if (!nearPaths.isEmpty()) {
            return nearPaths;
        }
        // a misspelt file name in another directory: too many edits away as a whole path
        Set<String> nearFileNames = Set.copyOf(
                NearNames.nearest(fileName, candidates.stream().map(ModuleLocator::fileName).toList()));
        return candidates.stream()
                .filter(candidate -> nearFileNames.contains(fileName(candidate)))
                .limit(MAX_SUGGESTIONS)
                .toList();
    }

    private Optional<Searched> classOutput(String resource) {
        try {
            URI uri = filer.getResource(StandardLocation.CLASS_OUTPUT, "", resource).toUri();
            return Optional.of(rootOf(uri, resource, "the class output"));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private Optional<Searched> sourceRoot(Element binding) {
        Element topLevel = binding;
        while (topLevel.getEnclosingElement().getKind() != ElementKind.PACKAGE) {
            topLevel = topLevel.getEnclosingElement();
        }
        String packageName = ((PackageElement) topLevel.getEnclosingElement()).getQualifiedName().toString();
        String relative = topLevel.getSimpleName() + ".java";
        try {
            URI uri = filer.getResource(StandardLocation.SOURCE_PATH, packageName, relative).toUri();
            String path = packageName.isEmpty() ? relative : packageName.replace('.', '/') + "/" + relative;
            // a source the compiler was handed in memory lies in no directory
            return "file".equals(uri.getScheme())
                    ? Optional.of(rootOf(uri, path, "the source path entry"))
                    : Optional.empty();
        } catch (IOException | RuntimeException e) {
            // no source path, or the binding comes from elsewhere
            return Optional.empty();
        }
    }

    /** The directory that {@code uri}, the file object of {@code relative} in it, lies in. */
    private static Searched rootOf(URI uri, String relative, String place) {
        if ("file".equals(uri.getScheme())) {
            Path root = Path.of(uri);
            for (int i = 0; i < Path.of(relative).getNameCount(); i++) {
                root = root.getParent();
            }
            return listed(place, root);
        }
        String text = uri.toString();
        String root = text.endsWith(relative) ? text.substring(0, text.length() - relative.length()) : text;
        return new Searched(place, root, Listing.NOT_LISTED, List.of());
    }

    private static Searched listed(String place, Path directory) {
        if (!Files.isDirectory(directory)) {
            return new Searched(place, directory.toString(), Listing.MISSING, List.of());
        }
        try (Stream<Path> files = Files.walk(directory, LISTING_DEPTH)) {
            List<String> modules = files
                    .filter(file -> Modules.isModuleName(file.getFileName().toString()) && Files.isRegularFile(file))
                    .map(file -> directory.relativize(file).toString().replace(file.getFileSystem().getSeparator(),
                            "/"))
                    .sorted()
                    .toList();
            return new Searched(place, directory.toString(), Listing.LISTED, modules);
        } catch (IOException | UncheckedIOException e) {
            return new Searched(place, directory.toString(), Listing.NOT_LISTED, List.of());
        }
    }

    private static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
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
