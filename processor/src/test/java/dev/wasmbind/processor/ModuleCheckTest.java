package dev.wasmbind.processor;

import static dev.wasmbind.processor.Compilations.assertErrors;
import static dev.wasmbind.processor.Compilations.at;
import static dev.wasmbind.processor.Compilations.compile;
import static dev.wasmbind.processor.Compilations.describeAll;
import static dev.wasmbind.processor.Compilations.source;
import static dev.wasmbind.processor.Compilations.warnings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.dylibso.chicory.wasm.ChicoryException;
import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.types.ExternalType;
import com.dylibso.chicory.wasm.types.FunctionType;
import com.dylibso.chicory.wasm.types.ValType;
import com.google.testing.compile.Compilation;
import dev.wasmbind.WasmModule;
import dev.wasmbind.runtime.InvalidModuleException;
import dev.wasmbind.runtime.internal.Allocator;
import dev.wasmbind.runtime.internal.ExportSpec;
import dev.wasmbind.runtime.internal.ImportSpec;
import dev.wasmbind.runtime.internal.ModuleBinding;
import dev.wasmbind.runtime.internal.WasmSignature;
import dev.wasmbind.runtime.internal.link.AllocatorExport;
import dev.wasmbind.runtime.internal.link.LinkMessages;
import dev.wasmbind.runtime.internal.link.Message;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The compile-time link check against the WAT modules in {@code src/test/resources/modules}: each problem is
 * reported with the runtime's {@link LinkMessages} text, on the method (or the {@code @WasmModule} annotation) it
 * concerns.
 */
class ModuleCheckTest {
    private static final List<String> GREETER_FUNCTIONS =
            List.of("malloc", "free", "ReturnString", "Greet", "Add", "_initialize");
    /** The type of unknown_import.wasm's import env.log. */
    static final FunctionType LOG_TYPE = FunctionType.of(List.of(ValType.I32, ValType.I32), List.of());

    @Test
    void acceptsAMatchingModuleSilently() {
        Compilation compilation = compile(greeter("greeter.wasm"));

        assertErrors(compilation);
        assertThat(describeAll(warnings(compilation))).isEmpty();
        assertThat(compilation.generatedSourceFiles()).hasSize(1);
    }

    @Test
    void suggestsTheExportAMisspeltNameMeant() {
        Compilation compilation = compile(source("p.Greeter",
                "package p;",
                "import dev.wasmbind.*;",
                "@WasmModule(\"greeter.wasm\") interface Greeter {",
                "  @Export(\"Gret\")",
                "  String greet(String name);",
                "}"));

        // written out once, as javac prints it, id first
        assertErrors(compilation,
                "5: [wasmbind:no-such-export] no export `Gret` in greeter.wasm; did you mean `Greet`?");
    }

    @Test
    void rejectsAnExportThatIsAGlobal() {
        Compilation compilation = compile(source("p.Greeter",
                "package p;",
                "import dev.wasmbind.*;",
                "@WasmModule(\"greeter.wasm\") interface Greeter {",
                "  int counter();",
                "}"));

        assertErrors(compilation, at(4,
                LinkMessages.notAFunction("counter", "greeter.wasm", ExternalType.GLOBAL, GREETER_FUNCTIONS)));
    }

    @Test
    void infersThePackedResultWhereOnlyItFitsTheExport() throws IOException {
        Compilation compilation = compile(packed(""));

        assertErrors(compilation);
        assertThat(describeAll(warnings(compilation))).isEmpty();
        assertThat(compilation.generatedSourceFile("p.PackedWasm").orElseThrow().getCharContent(true).toString())
                .contains("WasmSignature.builder().i32(\"name.ptr\").i32(\"name.len\").returns(ValType.I64)")
                .contains("packed = greeting.callI64(")
                .contains("call.unpack(packed)");
    }

    /** The result is right and the parameter is not: the error sits on it, and names the declaration that fits. */
    @Test
    void namesTheParameterTheGuestTakesAsAString() {
        Compilation compilation = compile(source("p.Packed",
                "package p;",
                "import dev.wasmbind.*;",
                "@WasmModule(\"packed.wasm\") interface Packed {",
                "  String greeting(",
                "      int name);",
                "}"));

        assertErrors(compilation, "5: [wasmbind:export-type-mismatch] `greeting` has type (i32, i32) -> i64 in "
                + "packed.wasm, but `String greeting(int name)` needs (i32 retptr, i32 name) -> nil under the TinyGo "
                + "ABI: the guest takes `name` as a pointer and a length, as a string: did you mean "
                + "`String greeting(String name)`?");
    }

    @Test
    void acceptsThePackedResultOnceAnnotated() {
        Compilation compilation = compile(packed("@PackedResult @HostFrees"));

        assertErrors(compilation);
        assertThat(describeAll(warnings(compilation))).isEmpty();
    }

    @Test
    void reportsEachMethodThatNeedsAMissingAllocator() {
        Compilation compilation = compile(greeter("no_allocator.wasm"));

        assertErrors(compilation,
                at(5, LinkMessages.noAllocator(
                        "String returnString()", LinkMessages.FOR_ARGUMENTS, "no_allocator.wasm", List.of())),
                at(7, LinkMessages.noAllocator(
                        "String greet(String name)", LinkMessages.FOR_ARGUMENTS, "no_allocator.wasm", List.of())));
    }

    @Test
    void reportsAnImportNothingProvidesOnTheAnnotation() {
        Compilation compilation = compile(source("p.Logger",
                "package p;",
                "import dev.wasmbind.*;",
                "@WasmModule(",
                "    \"unknown_import.wasm\")",
                "interface Logger {",
                "  @Export(\"Greet\") String greet(String name);",
                "}"));

        assertErrors(compilation, at(3, LinkMessages.importNotProvided("unknown_import.wasm", "env", "log", LOG_TYPE)));
    }

    @Test
    void acceptsAHostInterfaceThatProvidesTheImport() {
        Compilation compilation = compile(env("  void log(String message);"), logger());

        assertErrors(compilation);
        assertThat(describeAll(warnings(compilation))).isEmpty();
        assertThat(compilation.generatedSourceFiles()).hasSize(2);
    }

    @Test
    void reportsAHostImportTypeMismatchOnTheHostMethod() {
        Compilation compilation = compile(env("  void log(int level);"), logger());

        ImportSpec expected = ImportSpec.of("log", "void log(int level)", WasmSignature.builder().i32("level").returns());
        assertErrors(compilation, at(4, LinkMessages.hostImportTypeMismatch(
                "unknown_import.wasm", "env", expected, LOG_TYPE)));
    }

    /** A slice declared without @PtrLen that the guest passes without its capacity: the module decides. */
    @Test
    void takesAHostSliceAsTheModulePassesIt() {
        Compilation compilation = compile(env("  void log(byte[] message);"), logger());

        assertErrors(compilation);
        assertThat(describeAll(warnings(compilation))).isEmpty();
    }

    /** An int where the guest passes a pointer and a length: the error sits on the parameter and names the fix. */
    @Test
    void suggestsAStringForTheHostParameterTheGuestPassesAsOne() {
        Compilation compilation = compile(env("  void log(", "      int message);"), logger());

        ImportSpec expected = ImportSpec.of("log", "void log(int message)",
                WasmSignature.builder().i32("message").returns());
        assertErrors(compilation, at(5, LinkMessages.hostImportTypeMismatch(
                "unknown_import.wasm", "env", expected, LOG_TYPE)));
        assertThat(LinkMessages.hostImportTypeMismatch("unknown_import.wasm", "env", expected, LOG_TYPE).text())
                .endsWith(": the guest takes `message` as a pointer and a length, as a string: did you mean "
                        + "`void log(String message)`?");
    }

    /** The mistaken parameter is the second: the error sits on its line, not on the method's first parameter. */
    @Test
    void reportsAHostMismatchOnTheParameterItNames() {
        Compilation compilation = compile(
                env("  void note(", "      long id,", "      int text);"),
                Compilations.typeWith("p.Other", "@HostModule(\"other\") interface Other {",
                        "  void note(long id, String text);"),
                notes());

        ImportSpec note = ImportSpec.of("note", "void note(long id, int text)",
                WasmSignature.builder().i64("id").i32("text").returns());
        assertErrors(compilation, at(6, LinkMessages.hostImportTypeMismatch("host_notes.wasm", "env", note,
                FunctionType.of(List.of(ValType.I64, ValType.I32, ValType.I32), List.of()))));
    }

    /** Two host interfaces declare the same method wrongly: each error sits on its own interface's method. */
    @Test
    void reportsTheSameMistakeOfTwoHostInterfacesOnEach() {
        Compilation compilation = compile(
                env("  void note(long id, int text);"),
                Compilations.typeWith("p.Other", "@HostModule(\"other\") interface Other {",
                        "  // declared as Env declares it",
                        "  void note(long id, int text);"),
                notes());

        ImportSpec note = ImportSpec.of("note", "void note(long id, int text)",
                WasmSignature.builder().i64("id").i32("text").returns());
        FunctionType actual = FunctionType.of(List.of(ValType.I64, ValType.I32, ValType.I32), List.of());
        assertThat(describeAll(Compilations.errors(compilation))).containsExactlyInAnyOrder(
                at(4, LinkMessages.hostImportTypeMismatch("host_notes.wasm", "env", note, actual)),
                at(5, LinkMessages.hostImportTypeMismatch("host_notes.wasm", "other", note, actual)));
    }

    /** host_notes.wasm, with {@code p.Env} and {@code p.Other} for its imports. */
    private static JavaFileObject notes() {
        return source("p.Notes",
                "package p;",
                "import dev.wasmbind.*;",
                "@WasmModule(value = \"host_notes.wasm\", imports = {Env.class, Other.class})",
                "interface Notes {}");
    }

    /** Two slices, one without its capacity, and the types cannot tell which: the method must say. */
    @Test
    void reportsHostSlicesThatFitAlikeOnTheHostMethod() {
        Compilation compilation = compile(env("  @Import(\"pair\")", "  void pair(byte[] a, byte[] b);"),
                source("p.Pairs",
                        "package p;",
                        "import dev.wasmbind.*;",
                        "@WasmModule(value = \"host_slices.wasm\", imports = Env.class)",
                        "interface Pairs {}"));

        ImportSpec pair = ImportSpec.of("pair", "void pair(byte[] a, byte[] b)", WasmSignature.builder()
                .i32("a.ptr").i32("a.len").i32("a.cap").i32("b.ptr").i32("b.len").i32("b.cap").returns());
        assertErrors(compilation, at(5, LinkMessages.hostImportSlicesAmbiguous("host_slices.wasm", "env", pair,
                FunctionType.of(List.of(ValType.I32, ValType.I32, ValType.I32, ValType.I32, ValType.I32), List.of()),
                List.of(List.of("a"), List.of("b")))));
    }

    @Test
    void warnsAboutAHostMethodTheModuleDoesNotImport() {
        Compilation compilation = compile(
                env("  void log(String message);", "  void trace(String message);"), logger());

        ImportSpec trace = ImportSpec.of("trace", "void trace(String message)",
                WasmSignature.builder().i32("message.ptr").i32("message.len").returns());
        assertErrors(compilation);
        assertThat(describeAll(warnings(compilation))).containsExactly(at(5, LinkMessages.hostImportUnused(
                "unknown_import.wasm", "env", trace, List.of("log"))));
    }

    @Test
    void reportsAnImportTheHostInterfaceLacksOnTheAnnotation() {
        Compilation compilation = compile(env(), logger());

        assertErrors(compilation, at(3, LinkMessages.importNotDeclared(
                "unknown_import.wasm", "env", "log", LOG_TYPE, "p.Env")));
    }

    @Test
    void reportsAnImportOfAModuleNoHostInterfaceProvides() {
        Compilation compilation = compile(source("p.Other",
                        "package p;",
                        "@dev.wasmbind.HostModule(\"other\") interface Other {}"),
                source("p.Logger",
                        "package p;",
                        "import dev.wasmbind.*;",
                        "@WasmModule(value = \"unknown_import.wasm\",",
                        "    imports = Other.class)",
                        "interface Logger {",
                        "  @Export(\"Greet\") String greet(String name);",
                        "}"));

        assertErrors(compilation, at(3, LinkMessages.importNotProvided("unknown_import.wasm", "env", "log", LOG_TYPE)));
    }

    @Test
    void reportsAMismatchOfAHostInterfaceFromTheClassPathOnItsImportsEntry(@TempDir Path classes) {
        JavaFileObject env = source("p.Env",
                "package p;",
                "@dev.wasmbind.HostModule(\"env\") public interface Env { void log(int level); }");
        Compilation compilation = Compilations.compileAgainst(classes, true, List.of(env), source("q.Logger",
                "package q;",
                "import dev.wasmbind.*;",
                "@WasmModule(value = \"unknown_import.wasm\",",
                "    imports = p.Env.class)",
                "interface Logger {",
                "  @Export(\"Greet\") String greet(String name);",
                "}"));

        // a class file compiled without -parameters keeps no parameter names
        ImportSpec expected = ImportSpec.of("log", "void log(int arg0)", WasmSignature.builder().i32("arg0").returns());
        assertErrors(compilation, at(4, LinkMessages.hostImportTypeMismatch(
                "unknown_import.wasm", "env", expected, LOG_TYPE)));
    }

    @Test
    void rejectsAMissingModuleListingWhereItLooked() {
        Compilation compilation = compile(greeter("missing.wasm"));

        List<ModuleLocator.Searched> searched = List.of(
                inMemoryClassOutput(),
                new ModuleLocator.Searched(ModuleLocator.MODULE_PATH_ENTRY, Compilations.MODULES.toString(),
                        ModuleLocator.Listing.LISTED, List.of("every_type.wasm", "greeter.wasm",
                                "host_imports.wasm", "host_notes.wasm", "host_slices.wasm", "no_allocator.wasm", "packed.wasm", "transports.wasm",
                                "two_allocators.wasm",
                                "unknown_import.wasm")));
        assertErrors(compilation, at(3, Messages.moduleNotFound("missing.wasm", searched, List.of())));
        assertThat(warnings(compilation)).isEmpty();
    }

    @Test
    void tellsKaptUsersToPassTheModulePathToKapt() {
        Compilation compilation = Compilations.compile(
                List.of("-Akapt.kotlin.generated=/p/target/generated-sources/kaptKotlin"), greeter("greeter.wasm"));

        assertErrors(compilation, at(3, Messages.moduleNotFound(
                "greeter.wasm", List.of(inMemoryClassOutput()), List.of(), true)));
    }

    @Test
    void saysThatTheModulePathIsNotSet() {
        Compilation compilation = Compilations.compile(List.of(), greeter("greeter.wasm"));

        Message expected = Messages.moduleNotFound("greeter.wasm", List.of(inMemoryClassOutput()), List.of());
        assertErrors(compilation, at(3, expected));
        assertThat(expected.text())
                .contains("wasmbind.modulePath (not set)")
                .contains("-Awasmbind.modulePath=<dir>")
                .contains("@WasmModule(deferIfMissing = true)");
    }

    @Test
    void suggestsTheNearestModuleFound(@TempDir Path directory) throws IOException {
        Path greet = Files.copy(Compilations.MODULES.resolve("greeter.wasm"), directory.resolve("greet.wasm"));
        Files.createDirectories(directory.resolve("lib"));
        Files.copy(greet, directory.resolve("lib/other.wasm"));

        Compilation compilation = Compilations.compile(
                List.of("-Awasmbind.modulePath=" + directory), greeter("greeter.wasm"));

        List<ModuleLocator.Searched> searched = List.of(inMemoryClassOutput(), new ModuleLocator.Searched(
                ModuleLocator.MODULE_PATH_ENTRY, directory.toString(), ModuleLocator.Listing.LISTED,
                List.of("greet.wasm", "lib/other.wasm")));
        Message expected = Messages.moduleNotFound("greeter.wasm", searched, List.of("greet.wasm"));
        assertErrors(compilation, at(3, expected));
        assertThat(expected.text()).contains(directory + " (greet.wasm, lib/other.wasm)")
                .contains("did you mean \"greet.wasm\"?");
    }

    @Test
    void suggestsTheModuleOfTheSameNameInAnotherDirectoryRatherThanWhereToPutIt(@TempDir Path directory)
            throws IOException {
        Files.createDirectories(directory.resolve("wasm"));
        Files.copy(Compilations.MODULES.resolve("greeter.wasm"), directory.resolve("wasm/greet.wasm"));

        Compilation compilation = Compilations.compile(
                List.of("-Awasmbind.modulePath=" + directory), greeter("greet.wasm"));

        List<ModuleLocator.Searched> searched = List.of(inMemoryClassOutput(), new ModuleLocator.Searched(
                ModuleLocator.MODULE_PATH_ENTRY, directory.toString(), ModuleLocator.Listing.LISTED,
                List.of("wasm/greet.wasm")));
        Message expected = Messages.moduleNotFound("greet.wasm", searched, List.of("wasm/greet.wasm"));
        assertErrors(compilation, at(3, expected));
        assertThat(expected.text()).contains("did you mean \"wasm/greet.wasm\"?").doesNotContain("src/main/resources");
    }

    @Test
    void saysThatAModulePathDirectoryDoesNotExist(@TempDir Path directory) {
        Path absent = directory.resolve("absent");

        Compilation compilation = Compilations.compile(
                List.of("-Awasmbind.modulePath=" + absent), greeter("greet.wasm"));

        assertErrors(compilation, at(3, Messages.moduleNotFound("greet.wasm", List.of(inMemoryClassOutput(),
                new ModuleLocator.Searched(ModuleLocator.MODULE_PATH_ENTRY, absent.toString(),
                        ModuleLocator.Listing.MISSING, List.of())), List.of())));
    }

    @Test
    void leavesAMissingModuleToTheLoadTimeCheckWhenTheBindingDefersIt() {
        Compilation compilation = compile(source("p.Late",
                "package p;",
                "import dev.wasmbind.*;",
                "@WasmModule(value = \"late.wasm\", deferIfMissing = true) interface Late {",
                "  @Export(\"Gret\") String greet(String name);",
                "}"));

        assertErrors(compilation);
        assertThat(warnings(compilation)).isEmpty();
        assertThat(compilation.generatedSourceFiles()).hasSize(1);
    }

    @Test
    void reportsAMissingModuleThatTheBindingSaysNotToDefer() {
        Compilation compilation = compile(source("p.Late",
                "package p;",
                "import dev.wasmbind.*;",
                "@WasmModule(value = \"late.wasm\", deferIfMissing = false) interface Late {}"));

        assertThat(describeAll(Compilations.errors(compilation))).singleElement().asString()
                .startsWith("3: [wasmbind:module-not-found] wasm module \"late.wasm\" is in none of the directories");
    }

    @Test
    void leavesEveryMissingModuleToTheLoadTimeCheckWithTheOption() {
        Compilation compilation = Compilations.compile(
                List.of(Compilations.MODULE_PATH_OPTION, "-Awasmbind.deferMissingModules=true"), greeter("late.wasm"));

        assertErrors(compilation);
        assertThat(warnings(compilation)).isEmpty();
    }

    @Test
    void stillChecksADeferredModuleThatIsThere() {
        Compilation compilation = compile(source("p.Greeter",
                "package p;",
                "import dev.wasmbind.*;",
                "@WasmModule(value = \"greeter.wasm\", deferIfMissing = true) interface Greeter {",
                "  @Export(\"Gret\") String greet(String name);",
                "}"));

        assertErrors(compilation, at(4, LinkMessages.noSuchExport("Gret", "greeter.wasm", GREETER_FUNCTIONS)));
    }

    @Test
    void rejectsADeferOptionThatIsNotABoolean() {
        Compilation compilation = Compilations.compile(
                List.of(Compilations.MODULE_PATH_OPTION, "-Awasmbind.deferMissingModules=yes"),
                greeter("greeter.wasm"));

        // an option belongs to no source element
        assertErrors(compilation,
                at(Diagnostic.NOPOS, Messages.invalidBooleanOption("wasmbind.deferMissingModules", "yes")));
    }

    /** Javac as Maven runs it, with its class output and source path on disk, where the processor lists them. */
    @Test
    void listsTheClassOutputAndTheSourceDirectoryOfABuildOnDisk(@TempDir Path build) throws IOException {
        Path sources = build.resolve("src");
        Path classes = Files.createDirectories(build.resolve("classes"));
        Files.copy(Compilations.MODULES.resolve("greeter.wasm"),
                Files.createDirectories(classes.resolve("wasm")).resolve("greet.wasm"));
        Path greeter = Files.writeString(Files.createDirectories(sources.resolve("p")).resolve("Greeter.java"),
                "package p;\n@dev.wasmbind.WasmModule(\"greeter.wasm\") interface Greeter {}\n");
        // the annotations, and the runtime that the generated class uses
        String classPath = Stream.of(WasmModule.class, ModuleBinding.class)
                .map(type -> Path.of(URI.create(type.getProtectionDomain().getCodeSource().getLocation().toString())))
                .map(Path::toString)
                .collect(Collectors.joining(File.pathSeparator));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8)) {
            JavaCompiler.CompilationTask task = javac.getTask(null, files, diagnostics, List.of("-proc:only",
                            "-classpath", classPath, "-sourcepath", sources.toString(), "-d", classes.toString()),
                    null, files.getJavaFileObjects(greeter));
            task.setProcessors(List.of(new WasmBindProcessor()));
            task.call();
        }

        List<ModuleLocator.Searched> searched = List.of(
                new ModuleLocator.Searched("the class output", classes.toString(), ModuleLocator.Listing.LISTED,
                        List.of("wasm/greet.wasm")),
                new ModuleLocator.Searched("the source path entry", sources.toString(), ModuleLocator.Listing.LISTED,
                        List.of()));
        assertThat(describeAll(diagnostics.getDiagnostics())).containsExactly(at(2,
                Messages.moduleNotFound("greeter.wasm", searched, ModuleLocator.nearest("greeter.wasm", searched))));
    }

    /** compile-testing keeps the class output in memory, where the processor cannot list it. */
    private static ModuleLocator.Searched inMemoryClassOutput() {
        return new ModuleLocator.Searched(
                "the class output", "mem:///CLASS_OUTPUT/", ModuleLocator.Listing.NOT_LISTED, List.of());
    }

    @Test
    void searchesEveryDirectoryOfTheModulePath(@TempDir Path empty) {
        String modulePath = empty + File.pathSeparator + Compilations.MODULES;
        Compilation compilation = Compilations.compile(
                List.of("-Awasmbind.modulePath=" + modulePath), source("p.Greeter",
                        "package p;",
                        "import dev.wasmbind.*;",
                        "@WasmModule(\"greeter.wasm\") interface Greeter {",
                        "  @Export(\"Gret\") String greet(String name);",
                        "}"));

        assertErrors(compilation, at(4, LinkMessages.noSuchExport("Gret", "greeter.wasm", GREETER_FUNCTIONS)));
    }

    @Test
    void bindsAMethodWithoutExportByItsNameAsSpelt() {
        Compilation compilation = compile(source("p.Greeter",
                "package p;",
                "import dev.wasmbind.*;",
                "@WasmModule(\"greeter.wasm\") interface Greeter {",
                "  String greet(String name);",
                "}"));

        assertErrors(compilation, at(4, LinkMessages.noSuchExport("greet", "greeter.wasm", GREETER_FUNCTIONS)));
    }

    @Test
    void rejectsACorruptModuleOnTheAnnotationValue(@TempDir Path directory) throws IOException {
        // the magic is right, the rest is damaged: a module Chicory rejects
        byte[] corrupt = {0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x01, 0x7f};
        Path file = Files.write(directory.resolve("corrupt.wasm"), corrupt);
        String detail = catchThrowableOfType(ChicoryException.class, () -> Parser.parse(corrupt)).getMessage();

        Compilation compilation = Compilations.compile(
                List.of("-Awasmbind.modulePath=" + directory), source("p.Broken",
                        "package p;",
                        "@dev.wasmbind.WasmModule(",
                        "    \"corrupt.wasm\")",
                        "interface Broken {}"));

        assertErrors(compilation, at(3, Messages.corruptModule("corrupt.wasm", file.toString(),
                new InvalidModuleException("corrupt.wasm", detail, null))));
    }

    /** A text file where the module should be: said to be no wasm at all, with its first bytes in hex. */
    @Test
    void saysThatATextFileIsNoWasmModule(@TempDir Path directory) throws IOException {
        Path file = Files.write(directory.resolve("text.wasm"), "this is not wasm".getBytes(StandardCharsets.UTF_8));

        Compilation compilation = Compilations.compile(
                List.of("-Awasmbind.modulePath=" + directory), source("p.Text",
                        "package p;",
                        "@dev.wasmbind.WasmModule(\"text.wasm\")",
                        "interface Text {}"));

        assertErrors(compilation, "2: [wasmbind:corrupt-module] wasm module \"text.wasm\" (" + file + ") is not a wasm "
                + "module: it starts with 74 68 69 73, where every wasm module starts with 00 61 73 6d (\"\\0asm\"); "
                + "fix the @WasmModule name, or put the module there");
    }

    @Test
    void rejectsAModuleWhoseExportLeadsNowhereOnTheAnnotationValue(@TempDir Path directory) throws IOException {
        // type 0 () -> nil, function 0 of it, and export `g` of function 1, which does not exist: Chicory parses it
        Path file = Files.write(directory.resolve("damaged.wasm"), bytes(0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00,
                0x00, 0x01, 0x04, 0x01, 0x60, 0x00, 0x00, 0x03, 0x02, 0x01, 0x00, 0x07, 0x05, 0x01, 0x01, 'g', 0x00, 0x01,
                0x0a, 0x04, 0x01, 0x02, 0x00, 0x0b));

        Compilation compilation = Compilations.compile(List.of("-Awasmbind.modulePath=" + directory),
                Compilations.typeWith("p.Damaged", "@WasmModule(\"damaged.wasm\") interface Damaged {",
                        "  @Export(\"g\") void g(byte[] data);"));

        String detail = "export `g` has function index 1, but only 1 exist";
        assertErrors(compilation, at(3, Messages.corruptModule("damaged.wasm", file.toString(),
                new InvalidModuleException("damaged.wasm", detail, null))));
    }

    @Test
    void rejectsAModuleWithTwoExportsOfOneNameWhichChicoryWouldNotInstantiate(@TempDir Path directory)
            throws IOException {
        // type 0 () -> nil, function 0 of it, exported twice as `f`: Chicory parses it, but refuses to instantiate it
        Path file = Files.write(directory.resolve("twice.wasm"), bytes(0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00,
                0x00, 0x01, 0x04, 0x01, 0x60, 0x00, 0x00, 0x03, 0x02, 0x01, 0x00, 0x07, 0x09, 0x02, 0x01, 'f', 0x00, 0x00,
                0x01, 'f', 0x00, 0x00, 0x0a, 0x04, 0x01, 0x02, 0x00, 0x0b));

        Compilation compilation = Compilations.compile(List.of("-Awasmbind.modulePath=" + directory),
                Compilations.typeWith("p.Twice", "@WasmModule(\"twice.wasm\") interface Twice {",
                        "  @Export(\"f\") void f();"));

        String detail = "exports 0 and 1 are both named `f`, but the exports of a module must have distinct names";
        assertErrors(compilation, at(3, Messages.corruptModule("twice.wasm", file.toString(),
                new InvalidModuleException("twice.wasm", detail, null))));
    }

    /** A module written out byte by byte. */
    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    /** {@code p.Env} for module env; the given methods start at line 4. */
    private static JavaFileObject env(String... methods) {
        return Compilations.typeWith("p.Env", "@HostModule(\"env\") interface Env {", methods);
    }

    /** unknown_import.wasm's {@code Greet}, with {@code p.Env} for its import env.log; the annotation is on line 3. */
    private static JavaFileObject logger() {
        return source("p.Logger",
                "package p;",
                "import dev.wasmbind.*;",
                "@WasmModule(value = \"unknown_import.wasm\", imports = Env.class)",
                "interface Logger {",
                "  @Export(\"Greet\") String greet(String name);",
                "}");
    }

    /** The README interface, bound to {@code module}; methods on lines 5, 7 and 9. */
    private static JavaFileObject greeter(String module) {
        return source("p.Greeter",
                "package p;",
                "import dev.wasmbind.*;",
                "@WasmModule(\"" + module + "\") interface Greeter {",
                "  @Export(\"ReturnString\")",
                "  String returnString();",
                "  @Export(\"Greet\")",
                "  String greet(String name);",
                "  @Export(\"Add\")",
                "  int add(int a, int b);",
                "}");
    }

    /** packed.wasm's {@code greeting(ptr, size) -> ptr << 32 | size}; the method is on line 5. */
    private static JavaFileObject packed(String annotations) {
        return source("p.Packed",
                "package p;",
                "import dev.wasmbind.*;",
                "@WasmModule(\"packed.wasm\") interface Packed {",
                "  " + annotations,
                "  String greeting(String name);",
                "}");
    }
}
