package dev.wasmbind.processor;

import com.dylibso.chicory.build.time.compiler.Config;
import com.dylibso.chicory.build.time.compiler.Generator;
import com.dylibso.chicory.compiler.InterpreterFallback;
import com.dylibso.chicory.wasm.WasmModule;
import com.squareup.javapoet.ClassName;
import dev.wasmbind.runtime.internal.BuildTimeMachine;
import dev.wasmbind.runtime.internal.ExportSpec;
import dev.wasmbind.runtime.internal.Modules;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Compiles a binding's module to JVM classes with Chicory's build-time compiler, the machinery of
 * {@code chicory-compiler-maven-plugin}, and writes them through the {@link Filer}, so that any build packages them
 * with the binding: the machine classes, named after the binding, the module less its function bodies beside
 * them, and that stripped module's SHA-256, which the runtime checks before it trusts the stripped module. It also
 * finds the static method of each export's function in those classes ({@link MachineFunctions}), which the binding
 * calls directly.
 */
final class BuildTimeCompiler {
    private static final String MACHINE_SUFFIX = "Machine";
    private static final String META_SUFFIX = ".meta";
    private static final String CLASS_SUFFIX = ".class";

    private final Filer filer;

    BuildTimeCompiler(Filer filer) {
        this.filer = filer;
    }

    /** The module failed to compile; {@code detail} says why. */
    static final class CompileFailed extends Exception {
        CompileFailed(Throwable cause) {
            super(Modules.describe(cause), cause);
        }
    }

    /**
     * Compiles {@code wasm} into classes named after {@code binding}: {@code p.FooWasmMachine} and the helpers
     * Chicory names after it, {@code p/FooWasm.meta} and {@code p/FooWasm.meta.sha256}.
     *
     * @param module {@code wasm} parsed
     * @param exports the binding's exports, whose functions it may call directly
     * @param originatingElement the interface, so that incremental builds know what the files come from
     * @throws CompileFailed when Chicory cannot compile the module or the files cannot be written
     */
    BuildTimeMachineModel compile(ClassName binding, byte[] wasm, WasmModule module, List<ExportSpec> exports,
            Element originatingElement) throws CompileFailed {
        String name = binaryName(binding);
        String meta = (binding.packageName().isEmpty() ? "" : binding.packageName().replace('.', '/') + "/")
                + binding.simpleName() + META_SUFFIX;
        Path work = null;
        List<byte[]> classFiles = new ArrayList<>();
        try {
            // named after the binding, so that a directory left behind says whose it was
            work = Files.createTempDirectory("wasmbind-" + name + "-");
            Path wasmFile = Files.write(work.resolve("module.wasm"), wasm);
            Path output = work.resolve("output");
            Generator generator = new Generator(Config.builder()
                    .withWasmFile(wasmFile)
                    .withName(name)
                    .withTargetClassFolder(output)
                    .withTargetSourceFolder(output)
                    .withTargetWasmFolder(output)
                    // functions too large for a JVM method run on the interpreter, as at run time
                    .withInterpreterFallback(InterpreterFallback.SILENT)
                    .build());
            generator.generateMetaWasm(generator.generateResources());
            for (Path file : sortedFiles(output)) {
                byte[] bytes = Files.readAllBytes(file);
                write(output.relativize(file), bytes, originatingElement);
                if (file.getFileName().toString().endsWith(CLASS_SUFFIX)) {
                    classFiles.add(bytes);
                }
            }
            byte[] digest = BuildTimeMachine.sha256(Files.readAllBytes(output.resolve(meta)))
                    .getBytes(StandardCharsets.US_ASCII);
            write(Path.of(meta + BuildTimeMachine.DIGEST_SUFFIX), digest, originatingElement);
        } catch (IOException | RuntimeException | AssertionError | StackOverflowError e) {
            throw new CompileFailed(e);
        } finally {
            deleteQuietly(work);
        }
        return new BuildTimeMachineModel(binding.peerClass(binding.simpleName() + MACHINE_SUFFIX), meta,
                BuildTimeMachine.sha256(wasm),
                MachineFunctions.read(classFiles).forExports(module, exports, binding.packageName()));
    }

    /** A class file under its binary name, anything else (the stripped module) as a resource of the class output. */
    private void write(Path relative, byte[] bytes, Element originatingElement) throws IOException {
        String path = relative.toString().replace(relative.getFileSystem().getSeparator(), "/");
        FileObject file;
        if (path.endsWith(CLASS_SUFFIX)) {
            file = filer.createClassFile(path.substring(0, path.length() - CLASS_SUFFIX.length()).replace('/', '.'),
                    originatingElement);
        } else {
            file = filer.createResource(StandardLocation.CLASS_OUTPUT, "", path, originatingElement);
        }
        try (OutputStream out = file.openOutputStream()) {
            out.write(bytes);
        }
    }

    /** {@code p.FooWasm}: the name Chicory's compiler derives its class names and the stripped module's from. */
    private static String binaryName(ClassName binding) {
        return binding.packageName().isEmpty()
                ? binding.simpleName()
                : binding.packageName() + "." + binding.simpleName();
    }

    /** Sorted, so that the files are written in the same order in every build. */
    private static List<Path> sortedFiles(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static void deleteQuietly(Path directory) {
        if (directory == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a temporary directory left behind harms nothing
        }
    }
}
