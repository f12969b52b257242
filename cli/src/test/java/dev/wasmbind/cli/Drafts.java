package dev.wasmbind.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.wasmbind.processor.WasmBindProcessor;
import java.io.ByteArrayOutputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;

/** Runs the command as a user would, and compiles what it prints with the wasmbind processor. */
final class Drafts {
    private static final String CLASS_OUTPUT = "/CLASS_OUTPUT/";
    /** The module's directory; Surefire runs tests there. */
    private static final Path BASEDIR = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
    /** The C guests of the example module, which its end-to-end tests bind. */
    static final Path EXAMPLE_MAIN = BASEDIR.resolve("../example/src/main/resources").normalize();
    static final Path EXAMPLE_TEST = BASEDIR.resolve("../example/src/test/resources").normalize();
    static final Path README = BASEDIR.resolve("../README.md").normalize();
    /** The processor's test modules, assembled from src/test/wat. */
    static final Path PROCESSOR_MODULES = BASEDIR.resolve("../processor/src/test/resources/modules").normalize();
    private static final Path FIXTURES =
            Path.of(System.getProperty("wasmbind.fixtures", "../../shared/fixtures/tinygo"));

    private Drafts() {}

    /** What one run printed. */
    record Run(int exitCode, String out, String err) {}

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = DraftCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The draft for these files, asserting that the command succeeded without a word on stderr. */
    static String draft(Path module, Path... sources) {
        Run run = run(Stream.concat(Stream.of(module), Stream.of(sources)).map(Path::toString).toArray(String[]::new));
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        return run.out();
    }

    /**
     * Compiles the draft of interface {@code qualifiedName} with the processor finding the module in
     * {@code moduleDirectory}, and asserts that it compiles without errors or warnings: it binds the module as
     * printed.
     */
    static void assertCompiles(String draft, String qualifiedName, Path moduleDirectory) {
        compile(draft, qualifiedName, moduleDirectory);
    }

    private static Compilation compile(String draft, String qualifiedName, Path moduleDirectory) {
        Compilation compilation = Compiler.javac()
                .withProcessors(new WasmBindProcessor())
                .withOptions("-Awasmbind.modulePath=" + moduleDirectory.toAbsolutePath())
                .compile(JavaFileObjects.forSourceString(qualifiedName, draft));
        String diagnostics = Stream.concat(compilation.errors().stream(), compilation.warnings().stream())
                .map(d -> d.getLineNumber() + ": " + d.getMessage(Locale.ROOT))
                .collect(Collectors.joining("\n"));
        assertThat(diagnostics).as(draft).isEmpty();
        assertThat(compilation.status()).isEqualTo(Compilation.Status.SUCCESS);
        return compilation;
    }

    /** A binding compiled from a draft, called through reflection: the test has no compiled interface to cast to. */
    record Bound(Object binding, URLClassLoader loader) implements AutoCloseable {
        Object call(String method, Class<?>[] types, Object... args) throws ReflectiveOperationException {
            Method bound = binding.getClass().getMethod(method, types);
            bound.setAccessible(true);
            return bound.invoke(binding, args);
        }

        @Override
        public void close() throws Exception {
            try (loader) {
                ((AutoCloseable) binding).close();
            }
        }
    }

    /**
     * Compiles the draft of interface {@code qualifiedName} as {@link #assertCompiles} does, and builds its binding
     * on {@code module}, every host interface answered by {@code host} (method name, arguments); the classes go to
     * the directory {@code classes}.
     */
    static Bound bind(String draft, String qualifiedName, Path module, Path classes,
            BiConsumer<String, Object[]> host) throws ReflectiveOperationException {
        Compilation compilation = compile(draft, qualifiedName, module.getParent());
        // the class output in a directory: the generated classes, and the resources the processor wrote beside them
        try {
            for (JavaFileObject file : compilation.generatedFiles()) {
                String path = file.toUri().getPath();
                if (path.contains(CLASS_OUTPUT)) {
                    Path target = classes.resolve(path.substring(path.indexOf(CLASS_OUTPUT) + CLASS_OUTPUT.length()));
                    Files.createDirectories(target.getParent());
                    try (InputStream in = file.openInputStream()) {
                        Files.copy(in, target);
                    } catch (FileNotFoundException e) {
                        // the processor looked for a module there, and nothing was written
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        URLClassLoader loader = new URLClassLoader(new URL[] {toUrl(classes)}, Drafts.class.getClassLoader());
        Object builder = loader.loadClass(qualifiedName + "Wasm").getMethod("builder").invoke(null);
        builder.getClass().getMethod("module", Path.class).invoke(builder, module);
        for (Method setter : builder.getClass().getDeclaredMethods()) {
            Class<?>[] types = setter.getParameterTypes();
            if (types.length == 1 && types[0].isInterface() && types[0].getName().startsWith(qualifiedName + "$")) {
                setter.invoke(builder, Proxy.newProxyInstance(loader, types, (proxy, method, args) -> {
                    host.accept(method.getName(), args);
                    return null;
                }));
            }
        }
        return new Bound(builder.getClass().getMethod("build").invoke(builder), loader);
    }

    private static URL toUrl(Path directory) {
        try {
            return directory.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** The TinyGo fixture at {@code relative}; skips the calling test, visibly, when the fixtures are absent. */
    static Path fixture(String relative) {
        Path file = FIXTURES.resolve(relative);
        if (!Files.isRegularFile(file)) {
            String message = "SKIPPED (no TinyGo fixtures at " + FIXTURES.toAbsolutePath().normalize() + "): "
                    + relative;
            System.out.println(message);
            assumeTrue(false, message);
        }
        return file;
    }

    /** A test resource of this module. */
    static Path resource(String name) {
        return BASEDIR.resolve("src/test/resources").resolve(name);
    }
}
