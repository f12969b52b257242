package dev.wasmbind.processor;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.wasmbind.runtime.internal.link.Message;
import java.io.File;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/** Runs javac with the processor, the way a build does, and reads what came out. */
final class Compilations {
    /** The module's directory; Surefire runs tests there. */
    static final Path BASEDIR = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
    static final Path MODULES = BASEDIR.resolve("src/test/resources/modules");
    static final String MODULE_PATH_OPTION = "-Awasmbind.modulePath=" + MODULES;
    /** Where compile-testing's in-memory file manager puts class files. */
    private static final String CLASS_OUTPUT = "/CLASS_OUTPUT/";

    private Compilations() {}

    /** Compiles with the test modules on {@code wasmbind.modulePath}. */
    static Compilation compile(JavaFileObject... sources) {
        return compile(List.of(MODULE_PATH_OPTION), sources);
    }

    static Compilation compile(List<String> options, JavaFileObject... sources) {
        return Compiler.javac()
                .withProcessors(new WasmBindProcessor())
                .withOptions(Stream.concat(Stream.of("-Xlint:all"), options.stream()).toList())
                .compile(sources);
    }

    /**
     * Compiles {@code sources} with {@code library}'s class files on the class path, the way a binding meets a host
     * interface from a jar. The library is compiled first, by the processor when {@code processLibrary}, else by
     * plain javac (a jar built without wasmbind); its class files go to {@code classes}.
     */
    static Compilation compileAgainst(
            Path classes, boolean processLibrary, List<JavaFileObject> library, JavaFileObject... sources) {
        Compilation built = processLibrary
                ? compile(library.toArray(JavaFileObject[]::new))
                : Compiler.javac().withOptions("-proc:none").compile(library);
        assertThat(built.errors()).isEmpty();
        try {
            for (Map.Entry<String, byte[]> file : classFiles(built).entrySet()) {
                Path target = classes.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.write(target, file.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<File> classPath = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            classPath.add(new File(entry));
        }
        classPath.add(classes.toFile());
        return Compiler.javac()
                .withProcessors(new WasmBindProcessor())
                .withOptions("-Xlint:all", MODULE_PATH_OPTION)
                .withClasspath(classPath)
                .compile(sources);
    }

    /** The class files a compilation wrote, by their path in the class output ({@code p/Foo.class}). */
    static Map<String, byte[]> classFiles(Compilation compilation) {
        Map<String, byte[]> classes = new TreeMap<>(classOutput(compilation));
        classes.keySet().removeIf(path -> !path.endsWith(JavaFileObject.Kind.CLASS.extension));
        return classes;
    }

    /** Everything a compilation wrote to the class output, class files and resources, by path. */
    static Map<String, byte[]> classOutput(Compilation compilation) {
        Map<String, byte[]> files = new TreeMap<>();
        for (JavaFileObject file : compilation.generatedFiles()) {
            String path = file.toUri().getPath();
            if (path.contains(CLASS_OUTPUT)) {
                try (InputStream in = file.openInputStream()) {
                    files.put(path.substring(path.indexOf(CLASS_OUTPUT) + CLASS_OUTPUT.length()), in.readAllBytes());
                } catch (FileNotFoundException e) {
                    // the processor looked for a module there, and nothing was written
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return files;
    }

    /** A source from lines, so that tests can name the line of each diagnostic. */
    static JavaFileObject source(String qualifiedName, String... lines) {
        return JavaFileObjects.forSourceLines(qualifiedName, lines);
    }

    /**
     * {@code p.Foo} as {@code package p;}, {@code import dev.wasmbind.*;}, the declaration line that opens the type,
     * the members (from line 4 on) and the closing brace.
     */
    static JavaFileObject typeWith(String qualifiedName, String declaration, String... members) {
        List<String> lines = new ArrayList<>();
        lines.add("package " + qualifiedName.substring(0, qualifiedName.lastIndexOf('.')) + ";");
        lines.add("import dev.wasmbind.*;");
        lines.add(declaration);
        lines.addAll(List.of(members));
        lines.add("}");
        return source(qualifiedName, lines.toArray(String[]::new));
    }

    static String contents(JavaFileObject file) {
        try {
            return file.getCharContent(false).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Diagnostic<? extends JavaFileObject>> errors(Compilation compilation) {
        return List.copyOf(compilation.errors());
    }

    /**
     * The warnings, less javac's note that no processor claimed the annotations: with {@code -Xlint:all} javac says
     * so because the processor, like every well-behaved one, claims none.
     */
    static List<Diagnostic<? extends JavaFileObject>> warnings(Compilation compilation) {
        return compilation.warnings().stream()
                .filter(w -> !w.getMessage(Locale.ROOT).startsWith("No processor claimed any of these annotations"))
                .collect(Collectors.toList());
    }

    /** One diagnostic as "line: message", to compare several at once with readable failures. */
    static String describe(Diagnostic<? extends JavaFileObject> diagnostic) {
        return diagnostic.getLineNumber() + ": " + diagnostic.getMessage(Locale.ROOT);
    }

    static List<String> describeAll(List<Diagnostic<? extends JavaFileObject>> diagnostics) {
        List<String> described = new ArrayList<>();
        diagnostics.forEach(d -> described.add(describe(d)));
        return described;
    }

    /** Asserts exactly these errors, each as {@code line: message}, in order. */
    static void assertErrors(Compilation compilation, String... expected) {
        assertThat(describeAll(errors(compilation))).containsExactly(expected);
    }

    static String at(long line, String message) {
        return line + ": " + message;
    }

    /** A diagnostic of the processor as {@link #describe} gives it: with its id, as the compiler prints it. */
    static String at(long line, Message message) {
        return at(line, Reporter.text(message));
    }
}
