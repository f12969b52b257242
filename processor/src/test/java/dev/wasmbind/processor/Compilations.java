package dev.wasmbind.processor;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

    /** A source from lines, so that tests can name the line of each diagnostic. */
    static JavaFileObject source(String qualifiedName, String... lines) {
        return JavaFileObjects.forSourceLines(qualifiedName, lines);
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
}
