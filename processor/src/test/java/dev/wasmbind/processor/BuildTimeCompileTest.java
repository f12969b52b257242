package dev.wasmbind.processor;

import static dev.wasmbind.processor.Compilations.assertErrors;
import static dev.wasmbind.processor.Compilations.classOutput;
import static dev.wasmbind.processor.Compilations.compile;
import static dev.wasmbind.processor.Compilations.describeAll;
import static dev.wasmbind.processor.Compilations.source;
import static dev.wasmbind.processor.Compilations.warnings;
import static org.assertj.core.api.Assertions.assertThat;

import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Memory;
import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.Export;
import com.google.testing.compile.Compilation;
import dev.wasmbind.runtime.internal.BuildTimeMachine;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Where the processor sees the module, it compiles it to JVM classes through the {@link javax.annotation.processing.Filer},
 * named after the binding, and the binding refers to them; where it does not, nothing is compiled and the binding
 * compiles the module when it loads.
 */
class BuildTimeCompileTest {
    @Test
    void compilesAVisibleModuleIntoTheClassOutput() throws IOException {
        Compilation compilation = compile(greeter("p.Greeter", "greeter.wasm"));

        assertErrors(compilation);
        Map<String, byte[]> output = classOutput(compilation);
        assertThat(output).containsKeys("p/GreeterWasmMachine.class", "p/GreeterWasm.meta");
        // Chicory names its helper classes after the machine
        assertThat(output.keySet()).filteredOn(path -> path.endsWith(".class") && !path.equals("p/Greeter.class"))
                .allMatch(path -> path.startsWith("p/GreeterWasm"))
                .contains("p/GreeterWasmMachineShaded.class");
        byte[] wasm = Files.readAllBytes(Compilations.MODULES.resolve("greeter.wasm"));
        WasmModule meta = Parser.parse(output.get("p/GreeterWasm.meta"));
        assertThat(meta.exportSection().exportCount()).isEqualTo(Parser.parse(wasm).exportSection().exportCount());
        assertThat(output.get("p/GreeterWasm.meta").length).isLessThan(wasm.length);
        // the stripped module's SHA-256, which the runtime checks before it trusts the stripped module
        assertThat(new String(output.get("p/GreeterWasm.meta.sha256"), StandardCharsets.US_ASCII))
                .isEqualTo(BuildTimeMachine.sha256(output.get("p/GreeterWasm.meta")));

        String binding = generatedSource(compilation, "GreeterWasm.java");
        assertThat(binding)
                .contains("ModuleBinding.builder(RuntimeContract.V5, ")
                .contains("\"" + BuildTimeMachine.sha256(wasm) + "\",\n"
                        + "      \"p/GreeterWasm.meta\", instance -> new GreeterWasmMachine(instance));")
                .contains("super(GreeterWasm.class, BINDING, Engine.COMPILER, MACHINE);");
    }

    /**
     * What a direct call relies on in the compiler's output: {@code func_<index>} of the export's function, public and
     * static, in a class of the binding's package, taking the wasm parameters as Java primitives and then the
     * instance's memory and the instance, returning the result. A compiler that changes any of it fails here.
     */
    @Test
    void callsTheStaticMethodTheCompilerMadeOfTheExportsFunction() throws ReflectiveOperationException, IOException {
        Compilation compilation = compile(greeter("p.Greeter", "greeter.wasm"));

        assertErrors(compilation);
        assertThat(generatedSource(compilation, "GreeterWasm.java"))
                .contains("this.callsDirectly = guest.runs(GreeterWasmMachine.class);")
                .contains("result = GreeterWasmMachineFuncGroup_0.func_4(a, b, guest.machineMemory(),\n"
                        + "            guest.machineInstance());")
                .contains("result = add.callI32(a, b);");
        Map<String, byte[]> output = classOutput(compilation);
        ClassLoader machineClasses = new ClassLoader(Memory.class.getClassLoader()) {
            @Override
            protected Class<?> findClass(String name) throws ClassNotFoundException {
                byte[] bytes = output.get(name.replace('.', '/') + ".class");
                if (bytes == null) {
                    throw new ClassNotFoundException(name);
                }
                return defineClass(name, bytes, 0, bytes.length);
            }
        };
        Method add = Class.forName("p.GreeterWasmMachineFuncGroup_0", false, machineClasses)
                .getDeclaredMethod("func_4", int.class, int.class, Memory.class, Instance.class);
        assertThat(Modifier.isStatic(add.getModifiers()) && Modifier.isPublic(add.getModifiers())).isTrue();
        assertThat(add.getReturnType()).isEqualTo(int.class);
        // the function index the name carries is the module's own for the export
        WasmModule module = Parser.parse(Files.readAllBytes(Compilations.MODULES.resolve("greeter.wasm")));
        assertThat(IntStream.range(0, module.exportSection().exportCount())
                .mapToObj(i -> module.exportSection().getExport(i))
                .filter(export -> export.name().equals("Add"))
                .map(Export::index))
                .containsExactly(4);
    }

    @Test
    void compilesNothingForAModuleItDoesNotSee() {
        Compilation compilation = compile(greeter("p.Greeter", "elsewhere.wasm"));

        // deferred, so silent
        assertErrors(compilation);
        assertThat(describeAll(warnings(compilation))).isEmpty();
        assertThat(classOutput(compilation).keySet()).noneMatch(path -> path.contains("Machine") || path.endsWith(".meta"));
        assertThat(generatedSource(compilation, "GreeterWasm.java"))
                .contains("ModuleBinding.builder(RuntimeContract.V5, ")
                .contains("super(GreeterWasm.class, BINDING, Engine.COMPILER);")
                .doesNotContain("MACHINE");
    }

    @Test
    void compilesNothingWhenTheBindingsStartOnTheInterpreter() {
        Compilation compilation = compile(List.of(Compilations.MODULE_PATH_OPTION, "-Awasmbind.defaultEngine=interpreter"),
                greeter("p.Greeter", "greeter.wasm"));

        assertErrors(compilation);
        assertThat(classOutput(compilation).keySet()).noneMatch(path -> path.contains("Machine") || path.endsWith(".meta"));
        assertThat(generatedSource(compilation, "GreeterWasm.java")).doesNotContain("MACHINE");
    }

    @Test
    void givesEachBindingOfTheSameModuleItsOwnMachine() {
        Compilation compilation = compile(greeter("p.Greeter", "greeter.wasm"), greeter("p.Hello", "greeter.wasm"));

        assertErrors(compilation);
        assertThat(classOutput(compilation)).containsKeys(
                "p/GreeterWasmMachine.class", "p/GreeterWasm.meta", "p/HelloWasmMachine.class", "p/HelloWasm.meta");
    }

    @Test
    void warnsAndLeavesTheModuleToTheRunTimeCompilerWhenTheMachineCannotBeWritten() {
        // a class of the user's that has the machine's name: the Filer refuses to write another
        Compilation compilation = compile(greeter("p.Greeter", "greeter.wasm"),
                source("p.GreeterWasmMachine", "package p;", "final class GreeterWasmMachine {}"));

        assertErrors(compilation);
        // javac warns of the attempt too
        assertThat(describeAll(warnings(compilation))).filteredOn(warning -> warning.contains("[wasmbind:"))
                .singleElement().asString()
                .startsWith("3: [wasmbind:build-time-compile-failed] wasm module \"greeter.wasm\" could not be "
                        + "compiled to JVM classes at build time: javax.annotation.processing.FilerException: ");
        assertThat(generatedSource(compilation, "GreeterWasm.java")).doesNotContain("MACHINE");
    }

    @Test
    void removesItsWorkingDirectory() throws IOException {
        Set<String> before = temporaryFiles();

        Compilation compilation = compile(greeter("p.Tidy", "greeter.wasm"));

        assertErrors(compilation);
        Set<String> left = temporaryFiles();
        left.removeAll(before);
        assertThat(left).noneMatch(name -> name.startsWith("wasmbind-p.TidyWasm-"));
    }

    private static Set<String> temporaryFiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.map(file -> file.getFileName().toString()).collect(Collectors.toCollection(HashSet::new));
        }
    }

    private static JavaFileObject greeter(String name, String module) {
        String simpleName = name.substring(name.lastIndexOf('.') + 1);
        return source(name,
                "package p;",
                "import dev.wasmbind.*;",
                "@WasmModule(value = \"" + module + "\", deferIfMissing = true) interface " + simpleName + " {",
                "  @Export(\"Add\") int add(int a, int b);",
                "}");
    }

    private static String generatedSource(Compilation compilation, String fileName) {
        return compilation.generatedSourceFiles().stream()
                .filter(file -> file.toUri().getPath().endsWith("/" + fileName))
                .map(Compilations::contents)
                .findFirst()
                .orElseThrow();
    }
}
