package dev.wasmbind.runtime.internal.link;

import static dev.wasmbind.runtime.internal.Signatures.sig;
import static com.dylibso.chicory.wasm.types.ValType.F64;
import static com.dylibso.chicory.wasm.types.ValType.I32;
import static com.dylibso.chicory.wasm.types.ValType.I64;
import static dev.wasmbind.runtime.internal.link.TestModule.type;
import static org.assertj.core.api.Assertions.assertThat;

import com.dylibso.chicory.wasm.types.ExternalType;
import com.dylibso.chicory.wasm.types.FunctionType;
import dev.wasmbind.runtime.internal.Allocator;
import dev.wasmbind.runtime.internal.AllocatorConvention;
import dev.wasmbind.runtime.internal.AllocatorNames;
import dev.wasmbind.runtime.internal.ExportSpec;
import dev.wasmbind.runtime.internal.ImportSpec;
import dev.wasmbind.runtime.internal.WasmSignature;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Pins every link message: its id, its severity and its exact text, written out, so that a changed code or word
 * shows in review. LinkCheckTest checks which message the check picks and with what facts.
 */
class LinkMessagesTest {
    private static final ExportSpec GREET = new ExportSpec("Greet", "String greet(String name)",
            sig("(i32 retptr, i32 name.ptr, i32 name.len) -> nil"), Allocator.ALLOCATE_AND_FREE_RESULT);
    private static final ExportSpec GREET_PACKED = new ExportSpec("Greet", "String greet(String name)",
            sig("(i32 name.ptr, i32 name.len) -> i64"), Allocator.ALLOCATE_AND_FREE_RESULT);
    private static final ImportSpec LOG = ImportSpec.of("log", "void log(String message, int level)",
            sig("(i32 message.ptr, i32 message.len, i32 level) -> nil"));
    private static final ImportSpec PAIR = ImportSpec.of("pair", "void pair(byte[] a, byte[] b)",
            WasmSignature.builder().i32("a.ptr").i32("a.len").i32("a.cap").i32("b.ptr").i32("b.len").i32("b.cap")
                    .returns());
    private static final ImportSpec LOGG = ImportSpec.of("logg", "void logg(String message)",
            sig("(i32 message.ptr, i32 message.len) -> nil"));
    private static final String NEEDS_MALLOC = "`String greet(String name)` needs the guest's `wasm_malloc` export "
            + "(i32) -> i32 to hand its result to the guest, but ";

    /** One message of each kind: the message, then its code, severity and text as they must stay. */
    static Stream<Arguments> everyMessage() {
        return Stream.of(
                pin(
                        () -> LinkMessages.noAllocator(GREET.javaSignature(), LinkMessages.FOR_ARGUMENTS, "no_allocator.wasm",
                                List.of()),
                        "no-allocator", Severity.ERROR,
                        "`String greet(String name)` needs the guest's allocator to copy its arguments or return "
                                + "area into guest memory, but no_allocator.wasm exports none that wasmbind knows "
                                + "(`wasm_malloc`/`wasm_free(ptr)`, `allocate`/`deallocate(ptr, len)`, `alloc`/`dealloc(ptr, "
                                + "len)`, `cabi_realloc`, `malloc`/`free(ptr, len)`, `malloc`/`free(ptr)`); name its pair "
                                + "with @AllocatorExports(allocate = \"...\", free = \"...\") on the interface, or pass and "
                                + "return only scalars"),
                pin(
                        () -> LinkMessages.noAllocator(GREET.javaSignature(), LinkMessages.FOR_ARGUMENTS, "m.wasm",
                                List.of("my_alloc", "my_free")),
                        "no-allocator", Severity.ERROR,
                        "`String greet(String name)` needs the guest's allocator to copy its arguments or return "
                                + "area into guest memory, but m.wasm exports none that wasmbind knows "
                                + "(`wasm_malloc`/`wasm_free(ptr)`, `allocate`/`deallocate(ptr, len)`, `alloc`/`dealloc(ptr, "
                                + "len)`, `cabi_realloc`, `malloc`/`free(ptr, len)`, `malloc`/`free(ptr)`); its exports "
                                + "`my_alloc`, `my_free` look like one: name the pair with @AllocatorExports(allocate = "
                                + "\"...\", free = \"...\") on the interface; did you mean @AllocatorExports(allocate = "
                                + "\"my_alloc\", free = \"my_free\")?"),
                pin(
                        () -> LinkMessages.allocatorAmbiguous("m.wasm", List.of(
                                new AllocatorConvention.Sized("alloc", "dealloc"),
                                new AllocatorConvention.CanonicalAbi("cabi_realloc"))),
                        "allocator-ambiguous", Severity.ERROR,
                        "m.wasm exports several allocators (`alloc (i32) -> i32` and `dealloc (i32, i32) -> nil`; "
                                + "`cabi_realloc (i32, i32, i32, i32) -> i32` (canonical ABI)), and which one its functions "
                                + "expect cannot be told from the module: name it on the interface, such as "
                                + "@AllocatorExports(allocate = \"alloc\", free = \"dealloc\")"),
                pin(
                        () -> LinkMessages.declaredAllocatorMissing("m.wasm", "aloc", List.of("alloc", "dealloc")),
                        "declared-allocator-missing", Severity.ERROR,
                        "@AllocatorExports names `aloc`, but m.wasm exports no function of that name; did you mean "
                                + "`alloc`?"),
                pin(
                        () -> LinkMessages.declaredAllocatorType("m.wasm", "alloc", type(List.of(I32, I32), I32), true),
                        "declared-allocator-type", Severity.ERROR,
                        "@AllocatorExports names `alloc` to allocate, but it has type (i32, i32) -> i32 in m.wasm: "
                                + "an allocate export has type (i32) -> i32, or (i32, i32, i32, i32) -> i32 as the canonical "
                                + "ABI's cabi_realloc"),
                pin(
                        () -> LinkMessages.declaredAllocatorType("m.wasm", "dealloc", type(List.of(I64)), false),
                        "declared-allocator-type", Severity.ERROR,
                        "@AllocatorExports names `dealloc` to free, but it has type (i64) -> nil in m.wasm: a free "
                                + "export has type (i32) -> nil, or (i32, i32) -> nil when it takes the length"),
                pin(
                        () -> LinkMessages.declaredFreeMissing("m.wasm", "alloc"),
                        "declared-free-missing", Severity.ERROR,
                        "@AllocatorExports names `alloc` of m.wasm to allocate, but no free: the host frees what "
                                + "it allocates with this allocator, so name its free export too, such as free = \"free\""),
                pin(
                        () -> LinkMessages.declaredFreeBesideRealloc("m.wasm", new AllocatorNames("cabi_realloc", "free")),
                        "declared-free-beside-realloc", Severity.ERROR,
                        "@AllocatorExports names `cabi_realloc` of m.wasm, of the canonical ABI's cabi_realloc "
                                + "type, together with the free `free`, but under the canonical ABI the guest frees what it "
                                + "is given: remove free = \"free\""),
                pin(
                        () -> LinkMessages.resultNotFreeable("String name()", "m.wasm", "name"),
                        "result-not-freeable", Severity.ERROR,
                        "`String name()` is annotated @HostFrees, but m.wasm follows the canonical ABI, which "
                                + "gives the host no free: the guest releases the result itself in `cabi_post_name`, which "
                                + "the binding calls once it has read the result; remove @HostFrees"),
                pin(
                        () -> LinkMessages.postReturnTypeMismatch("String name()", "m.wasm", "cabi_post_name",
                                type(List.of()), type(List.of(I64))),
                        "post-return-type-mismatch", Severity.ERROR,
                        "`cabi_post_name` has type () -> nil in m.wasm, but the binding calls it after `String "
                                + "name()` with the export's results, as (i64) -> nil: rebuild the guest, or rename the "
                                + "export"),
                pin(
                        () -> LinkMessages.noSuchExport("RetrunString", "return_string.wasm", List.of("Add", "ReturnString")),
                        "no-such-export", Severity.ERROR,
                        "no export `RetrunString` in return_string.wasm; did you mean `ReturnString`?"),
                pin(
                        () -> LinkMessages.notAFunction("counter", "greeter.wasm", ExternalType.GLOBAL, List.of("Greet")),
                        "not-a-function", Severity.ERROR,
                        "export `counter` of greeter.wasm is a global, not a function; "
                                + "its function exports are `Greet`"),
                pin(
                        () -> LinkMessages.exportTypeMismatch(GREET, "return_string.wasm", type(List.of(I32))),
                        "export-type-mismatch", Severity.ERROR,
                        "`Greet` has type (i32) -> nil in return_string.wasm, but `String greet(String name)` "
                                + "needs (i32 retptr, i32 name.ptr, i32 name.len) -> nil under the TinyGo ABI"),
                pin(
                        () -> LinkMessages.allocatorMissing(
                                GREET.javaSignature(), AllocatorExport.forHostResults("wasm_malloc"),
                                "no_allocator.wasm"),
                        "allocator-missing", Severity.ERROR,
                        NEEDS_MALLOC + "no_allocator.wasm does not export it"),
                pin(
                        () -> LinkMessages.allocatorNotAFunction(
                                GREET.javaSignature(), AllocatorExport.forHostResults("wasm_malloc"), "m.wasm",
                                ExternalType.GLOBAL),
                        "allocator-not-a-function", Severity.ERROR,
                        NEEDS_MALLOC + "`wasm_malloc` of m.wasm is a global"),
                pin(
                        () -> LinkMessages.allocatorTypeMismatch(
                                GREET.javaSignature(), AllocatorExport.forHostResults("wasm_malloc"), "m.wasm",
                                type(List.of(I32, I32), I32)),
                        "allocator-type-mismatch", Severity.ERROR,
                        NEEDS_MALLOC + "`wasm_malloc` in m.wasm has type (i32, i32) -> i32"),
                pin(
                        () -> LinkMessages.importNotProvided("return_string.wasm", "env", "log", type(List.of(I32, I32))),
                        "import-not-provided", Severity.ERROR,
                        "return_string.wasm imports `env.log` (i32, i32) -> nil, which neither WASI preview 1 nor "
                                + "a host interface provides: declare it in a @HostModule(\"env\") interface listed "
                                + "in @WasmModule(imports = ...), or serve it with a "
                                + "com.dylibso.chicory.runtime.HostFunction given to "
                                + "builder().hostFunctions(...) and list it in @WasmModule(rawImports = "
                                + "@RawImport(module = \"env\", names = \"log\"))"),
                pin(
                        () -> LinkMessages.rawImportNotSupplied("greet.wasm", "env", "log", type(List.of(I32, I32))),
                        "raw-import-not-supplied", Severity.ERROR,
                        "greet.wasm imports `env.log` (i32, i32) -> nil, which @WasmModule(rawImports = ...) "
                                + "leaves to a raw host function, but none was given: pass a "
                                + "com.dylibso.chicory.runtime.HostFunction(\"env\", \"log\", ...) of that type to "
                                + "builder().hostFunctions(...)"),
                pin(
                        () -> LinkMessages.rawImportUnused("greet.wasm", "env", "lg", List.of("log", "abort")),
                        "raw-import-unused", Severity.WARNING,
                        "greet.wasm does not import `env.lg`, so @RawImport lists it for nothing; did you mean "
                                + "`log`?"),
                pin(
                        () -> LinkMessages.rawImportModuleUnused("greet.wasm", "http", List.of("env")),
                        "raw-import-module-unused", Severity.WARNING,
                        "greet.wasm imports no function from module `http`, so @RawImport lists it for nothing: "
                                + "remove it"),
                pin(
                        () -> LinkMessages.importNotDeclared("greet.wasm", "env", "warn", type(List.of(I32)), "demo.Env"),
                        "import-not-declared", Severity.ERROR,
                        "greet.wasm imports `env.warn` (i32) -> nil, which demo.Env does not declare: "
                                + "add a method annotated @Import(\"warn\") to demo.Env"),
                pin(
                        () -> LinkMessages.hostImplementationMissing("greet.wasm", "env", "log", "demo.Env", "env"),
                        "host-implementation-missing", Severity.ERROR,
                        "missing implementation of demo.Env: greet.wasm imports `env.log`; give one with "
                                + "builder().env(...) or load(...)"),
                pin(
                        () -> LinkMessages.importNotSupported("greet.wasm", ExternalType.MEMORY, "env", "memory"),
                        "import-not-supported", Severity.ERROR,
                        "greet.wasm imports a memory `env.memory`, which wasmbind cannot supply: "
                                + "build the module so that it defines it instead"),
                pin(
                        () -> LinkMessages.hostImportSlicesAmbiguous("greet.wasm", "env", PAIR, type(List.of(I32, I32, I32,
                                I32, I32)), List.of(List.of("a"), List.of("b"))),
                        "host-import-slices-ambiguous", Severity.ERROR,
                        "greet.wasm imports `env.pair` as (i32, i32, i32, i32, i32) -> nil, which fits "
                                + "`void pair(byte[] a, byte[] b)` in several ways: with `a` as (ptr, len), or with "
                                + "`b` as (ptr, len); annotate each parameter the guest passes as (ptr, len), without "
                                + "cap, with @PtrLen"),
                pin(
                        () -> LinkMessages.hostImportTypeMismatch("greet.wasm", "env", LOG, type(List.of(I32, I32))),
                        "host-import-type-mismatch", Severity.ERROR,
                        "`env.log` has type (i32, i32) -> nil in greet.wasm, but "
                                + "`void log(String message, int level)` needs "
                                + "(i32 message.ptr, i32 message.len, i32 level) -> nil"),
                pin(
                        () -> LinkMessages.hostImportUnused("greet.wasm", "env", LOGG, List.of("log", "abort")),
                        "host-import-unused", Severity.WARNING,
                        "greet.wasm does not import `env.logg`, so `void logg(String message)` is never called; "
                                + "did you mean `log`?"));
    }

    /**
     * The message is built in the test rather than in {@link #everyMessage}, so that what builds it counts as
     * covered by the test that checks it.
     */
    private static Arguments pin(Supplier<Message> message, String code, Severity severity, String text) {
        return Arguments.of(message, code, severity, text);
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("everyMessage")
    void pinsIdSeverityAndText(Supplier<Message> build, String code, Severity severity, String text) {
        Message message = build.get();
        assertThat(message.id().code()).isEqualTo(code);
        assertThat(message.severity()).isEqualTo(severity);
        assertThat(message.text()).isEqualTo(text);
    }

    /** The processor's MessagesTest checks that the codes of both catalogues are unique. */
    @Test
    void everyIdIsPinned() {
        Set<MessageId> pinned = everyMessage()
                .map(arguments -> ((Supplier<?>) arguments.get()[0]).get())
                .map(message -> ((Message) message).id())
                .collect(Collectors.toSet());

        assertThat(pinned).containsExactlyInAnyOrder(LinkMessages.Id.values());
    }

    @Test
    void suggestionsIgnoreCaseComeNearestFirstAndAreCappedAtThree() {
        // greet: Greet 0, great 1, Greets 1 (tie: by name, ignoring case), treat 2, Add too far
        assertThat(LinkMessages.noSuchExport("greet", "m.wasm", List.of("treat", "Greets", "Add", "great", "Greet"))
                .text()).isEqualTo("no export `greet` in m.wasm; did you mean `Greet`, `great` or `Greets`?");
    }

    /** A load-time failure is headed "missing" when only what the caller gives is missing, and lists each problem. */
    @Test
    void headsALinkFailureByWhatIsWrong() {
        Message missing = LinkMessages.hostImplementationMissing("greet.wasm", "env", "log", "demo.Env", "env");
        Message mismatch = LinkMessages.noSuchExport("Gret", "greet.wasm", List.of("Greet"));

        assertThat(LinkMessages.linkFailure("demo.Greet", List.of(new LinkProblem(new LinkProblem.OnModule(), missing))))
                .isEqualTo("missing host functions for demo.Greet:\n  missing implementation of demo.Env: greet.wasm "
                        + "imports `env.log`; give one with builder().env(...) or load(...)");
        assertThat(LinkMessages.linkFailure("demo.Greet", List.of(
                        new LinkProblem(new LinkProblem.OnModule(), mismatch),
                        new LinkProblem(new LinkProblem.OnModule(), missing))))
                .isEqualTo("the module does not match demo.Greet:\n  no export `Gret` in greet.wasm; did you mean "
                        + "`Greet`?\n  missing implementation of demo.Env: greet.wasm imports `env.log`; give one "
                        + "with builder().env(...) or load(...)");
    }

    /** The binding calls the allocator itself: `free` is never the export a misspelt `greet` meant. */
    @Test
    void suggestsNoAllocatorExport() {
        assertThat(LinkMessages.noSuchExport("greet", "m.wasm", List.of("free", "Greet", "malloc", "realloc")).text())
                .isEqualTo("no export `greet` in m.wasm; did you mean `Greet`?");
        assertThat(LinkMessages.noSuchExport("fre", "m.wasm", List.of("free", "calloc", "greeting")).text())
                .isEqualTo("no export `fre` in m.wasm; its function exports are `free`, `calloc`, `greeting`");
    }

    /** The pair to declare is guessed as the first export of each kind: neither the free nor a dealloc allocates. */
    @Test
    void guessesTheAllocatorPairAmongItsLookalikes() {
        assertThat(noAllocatorGuess(List.of("rust_alloc", "rust_dealloc")))
                .isEqualTo("; did you mean @AllocatorExports(allocate = \"rust_alloc\", free = \"rust_dealloc\")?");
        assertThat(noAllocatorGuess(List.of("allocator_free", "allocator_malloc")))
                .isEqualTo("; did you mean @AllocatorExports(allocate = \"allocator_malloc\", free = \"allocator_free\")?");
        assertThat(noAllocatorGuess(List.of("buffer_free", "dealloc", "free", "malloc")))
                .isEqualTo("; did you mean @AllocatorExports(allocate = \"malloc\", free = \"buffer_free\")?");
        // no guess without one of each kind
        assertThat(noAllocatorGuess(List.of("my_alloc"))).isEmpty();
        assertThat(noAllocatorGuess(List.of("my_free", "my_dealloc"))).isEmpty();
    }

    /** What {@link LinkMessages#noAllocator} adds after naming the lookalikes: its guess, if any. */
    private static String noAllocatorGuess(List<String> lookalikes) {
        String text = LinkMessages.noAllocator(GREET.javaSignature(), LinkMessages.FOR_ARGUMENTS, "m.wasm", lookalikes)
                .text();
        String lead = " look like one: name the pair with @AllocatorExports(allocate = \"...\", free = \"...\") on "
                + "the interface";
        assertThat(text).contains("its exports " + lookalikes.stream().map(name -> "`" + name + "`")
                .collect(Collectors.joining(", ")) + lead);
        return text.substring(text.indexOf(lead) + lead.length());
    }

    /** An ambiguous allocator suggests declaring the first that fits, as it is declared: realloc without free. */
    @Test
    void suggestsDeclaringTheFirstAllocatorThatFits() {
        assertThat(LinkMessages.allocatorAmbiguous("m.wasm", List.of(
                new AllocatorConvention.Unsized("wasm_malloc", "wasm_free"),
                new AllocatorConvention.CanonicalAbi("cabi_realloc"))).text())
                .isEqualTo("m.wasm exports several allocators (`wasm_malloc (i32) -> i32` and `wasm_free (i32) -> nil`; "
                        + "`cabi_realloc (i32, i32, i32, i32) -> i32` (canonical ABI)), and which one its functions "
                        + "expect cannot be told from the module: name it on the interface, such as "
                        + "@AllocatorExports(allocate = \"wasm_malloc\", free = \"wasm_free\")");
        assertThat(LinkMessages.allocatorAmbiguous("m.wasm", List.of(
                new AllocatorConvention.CanonicalAbi("cabi_realloc"),
                new AllocatorConvention.Sized("malloc", "free"))).text())
                .isEqualTo("m.wasm exports several allocators (`cabi_realloc (i32, i32, i32, i32) -> i32` (canonical "
                        + "ABI); `malloc (i32) -> i32` and `free (i32, i32) -> nil`), and which one its functions "
                        + "expect cannot be told from the module: name it on the interface, such as "
                        + "@AllocatorExports(allocate = \"cabi_realloc\")");
    }

    /** Without a near name, the message lists the exports that look like an allocator, or says there are none. */
    @Test
    void aDeclaredAllocatorWithoutNearNameListsTheLookalikes() {
        assertThat(LinkMessages.declaredAllocatorMissing("m.wasm", "allocate_buffer", List.of("dlfree", "dlmalloc"))
                .text()).isEqualTo("@AllocatorExports names `allocate_buffer`, but m.wasm exports no function of that "
                        + "name; its exports that look like an allocator are `dlfree`, `dlmalloc`");
        assertThat(LinkMessages.declaredAllocatorMissing("m.wasm", "allocate_buffer", List.of()).text())
                .isEqualTo("@AllocatorExports names `allocate_buffer`, but m.wasm exports no function of that "
                        + "name, nor any that looks like an allocator");
    }

    /** Only a mismatch whose hint names exactly one parameter belongs on a parameter. */
    @Test
    void namesTheOneMistakenParameter() {
        ExportSpec greeting = new ExportSpec("greeting", "String greeting(int name)",
                WasmSignature.builder().returnPointer().i32("name").returns(), Allocator.ALLOCATE);
        ExportSpec pair = new ExportSpec("pair", "void pair(int a, int b)",
                WasmSignature.builder().i32("a").i32("b").returns(), Allocator.NONE);

        assertThat(LinkMessages.mistakenParameter(greeting, type(List.of(I32, I32), I64))).contains("name");
        assertThat(LinkMessages.mistakenParameter(pair, type(List.of(I32, I32, I32, I32)))).isEmpty();
        assertThat(LinkMessages.mistakenParameter(pair, type(List.of(I32, I32), I32))).isEmpty();
    }

    @Test
    void twoSuggestionsAreJoinedWithOr() {
        assertThat(LinkMessages.noSuchExport("Sub", "m.wasm", List.of("Sum", "Add", "Sup")).text())
                .isEqualTo("no export `Sub` in m.wasm; did you mean `Sum` or `Sup`?");
    }

    @Test
    void withoutNearNamesAllFunctionExportsAreListedInModuleOrder() {
        assertThat(LinkMessages.noSuchExport("Foo", "return_string.wasm", List.of("ReturnString", "Greet", "Add"))
                .text()).isEqualTo("no export `Foo` in return_string.wasm; "
                        + "its function exports are `ReturnString`, `Greet`, `Add`");
    }

    @Test
    void longExportListsAreCutAfterTwentyNames() {
        List<String> exports = IntStream.range(0, 23).mapToObj(i -> "f" + i).toList();
        assertThat(LinkMessages.noSuchExport("Missing", "m.wasm", exports).text())
                .startsWith("no export `Missing` in m.wasm; its function exports are `f0`, `f1`, ")
                .endsWith(", `f18`, `f19` and 3 more");
    }

    @Test
    void aModuleWithoutFunctionsSaysSo() {
        assertThat(LinkMessages.noSuchExport("Foo", "m.wasm", List.of()).text())
                .isEqualTo("no export `Foo` in m.wasm; it exports no functions");
    }

    @Test
    void hintPackedResult() {
        assertThat(LinkMessages.exportTypeMismatch(GREET, "return_string.wasm", type(List.of(I32, I32), I64)).text())
                .isEqualTo("`Greet` has type (i32, i32) -> i64 in return_string.wasm, but `String greet(String name)` "
                        + "needs (i32 retptr, i32 name.ptr, i32 name.len) -> nil under the TinyGo ABI: "
                        + "the guest returns the value packed in one i64: annotate the method with @PackedResult, "
                        + "and with @PackedOrder(LENGTH_HIGH) too if the guest packs len << 32 | ptr rather than "
                        + "ptr << 32 | len");
    }

    /** A host method's {@code int} where the guest passes a pointer and a length: the fix is a String there. */
    @Test
    void namesTheIntHostParameterTheGuestPassesAsAString() {
        ImportSpec log = ImportSpec.of("log", "void log(int level, int message)",
                WasmSignature.builder().i32("level").i32("message").returns());
        FunctionType actual = type(List.of(I32, I32, I32));
        assertThat(LinkMessages.hostImportTypeMismatch("greet.wasm", "env", log, actual).text())
                .isEqualTo("`env.log` has type (i32, i32, i32) -> nil in greet.wasm, but "
                        + "`void log(int level, int message)` needs (i32 level, i32 message) -> nil");
        ImportSpec write = ImportSpec.of("write", "void write(long id, int text)",
                WasmSignature.builder().i64("id").i32("text").returns());
        FunctionType writeActual = type(List.of(I64, I32, I32));
        assertThat(LinkMessages.hostImportTypeMismatch("greet.wasm", "env", write, writeActual).text())
                .isEqualTo("`env.write` has type (i64, i32, i32) -> nil in greet.wasm, but "
                        + "`void write(long id, int text)` needs (i64 id, i32 text) -> nil: the guest takes `text` as "
                        + "a pointer and a length, as a string: did you mean `void write(long id, String text)`?");
        assertThat(LinkMessages.mistakenParameter(write, writeActual)).contains("text");
        assertThat(LinkMessages.mistakenParameter(log, actual)).isEmpty();
    }

    /** The result is right, a parameter is not: the message names it and the declaration that fits. */
    @Test
    void namesTheIntParameterTheGuestTakesAsAString() {
        ExportSpec greeting = new ExportSpec("greeting", "String greeting(int name)",
                WasmSignature.builder().returnPointer().i32("name").returns(), Allocator.ALLOCATE);
        assertThat(LinkMessages.exportTypeMismatch(greeting, "greet.wasm", type(List.of(I32, I32), I64)).text())
                .isEqualTo("`greeting` has type (i32, i32) -> i64 in greet.wasm, but `String greeting(int name)` "
                        + "needs (i32 retptr, i32 name) -> nil under the TinyGo ABI: the guest takes `name` as a "
                        + "pointer and a length, as a string: did you mean `String greeting(String name)`?");
        ExportSpec log = new ExportSpec("log", "void log(int level, @Unsigned long id, int text)",
                WasmSignature.builder().i32("level").i64("id").i32("text").returns(), Allocator.NONE);
        assertThat(LinkMessages.exportTypeMismatch(log, "m.wasm", type(List.of(I32, I64, I32, I32))).text())
                .endsWith("did you mean `void log(int level, @Unsigned long id, String text)`?");
        assertThat(LinkMessages.exportTypeMismatch(greeting, "greet.wasm", type(List.of(I32, I32, I32))).text())
                .endsWith("did you mean `String greeting(String name)`?");
    }

    /**
     * Without a return area, a String result comes as one i64 or as several i32: only then can a widened int be
     * a string; a single i32, or results of mixed types, are a wrong result.
     */
    @Test
    void guessesAStringParameterOnlyBesideAStringResult() {
        ExportSpec greeting = new ExportSpec("greeting", "String greeting(int name)",
                WasmSignature.builder().returnPointer().i32("name").returns(), Allocator.ALLOCATE);

        assertThat(LinkMessages.exportTypeMismatch(greeting, "m.wasm", type(List.of(I32, I32), I32, I32)).text())
                .endsWith("under the TinyGo ABI: the guest takes `name` as a pointer and a length, as a string: did "
                        + "you mean `String greeting(String name)`?");
        assertThat(LinkMessages.exportTypeMismatch(greeting, "m.wasm", type(List.of(I32, I32), I32)).text())
                .isEqualTo("`greeting` has type (i32, i32) -> i32 in m.wasm, but `String greeting(int name)` needs "
                        + "(i32 retptr, i32 name) -> nil under the TinyGo ABI: the guest returns i32: declare a "
                        + "matching result type");
        assertThat(LinkMessages.exportTypeMismatch(greeting, "m.wasm", type(List.of(I32, I32), I32, I64)).text())
                .endsWith("under the TinyGo ABI: the guest returns (i32, i64): declare a matching result type");
    }

    @Test
    void guessesNoStringWhereSeveralParametersCouldBeIt() {
        ExportSpec add = new ExportSpec("add", "int add(int a, int b)",
                WasmSignature.builder().i32("a").i32("b").returns(I32), Allocator.NONE);
        assertThat(LinkMessages.exportTypeMismatch(add, "m.wasm", type(List.of(I32, I32, I32), I32)).text())
                .isEqualTo("`add` has type (i32, i32, i32) -> i32 in m.wasm, but `int add(int a, int b)` needs "
                        + "(i32 a, i32 b) -> i32 under the TinyGo ABI");
        assertThat(LinkMessages.exportTypeMismatch(add, "m.wasm", type(List.of(I32, I32, I32), I64)).text())
                .endsWith("under the TinyGo ABI");
    }

    @Test
    void hintPtrLenForSlicesTheGuestTakesWithoutCap() {
        ExportSpec digest = new ExportSpec("Digest", "long digest(byte[] data, int[] more)",
                sig("(i32 data.ptr, i32 data.len, i32 data.cap, i32 more.ptr, i32 more.len, i32 more.cap) -> i64"),
                Allocator.ALLOCATE_AND_FREE_RESULT);

        assertThat(LinkMessages.exportTypeMismatch(digest, "m.wasm", type(List.of(I32, I32, I32, I32), I64)).text())
                .endsWith("under the TinyGo ABI: the guest takes `data`, `more` as (ptr, len), without cap: annotate "
                        + "with @PtrLen");
        // only a part of them without cap: no hint, rather than a wrong one
        assertThat(LinkMessages.exportTypeMismatch(digest, "m.wasm", type(List.of(I32, I32, I32, I32, I32), I64))
                .text()).endsWith("under the TinyGo ABI");
    }

    @Test
    void hintMultiValueResults() {
        assertThat(LinkMessages.exportTypeMismatch(GREET, "m.wasm", type(List.of(I32, I32), I32, I32)).text())
                .endsWith("under the TinyGo ABI: the guest returns the value as several results (ptr, len): the "
                        + "binding reads them so when the processor sees the module while compiling; put it where "
                        + "the processor finds it");
        // one result is not several
        assertThat(LinkMessages.exportTypeMismatch(GREET, "m.wasm", type(List.of(I32, I32), I32)).text())
                .endsWith("under the TinyGo ABI: the guest returns i32: declare a matching result type");
    }

    @Test
    void hintReturnAreaInsteadOfPackedResult() {
        assertThat(LinkMessages.exportTypeMismatch(GREET_PACKED, "m.wasm", type(List.of(I32, I32, I32))).text())
                .isEqualTo("`Greet` has type (i32, i32, i32) -> nil in m.wasm, but `String greet(String name)` "
                        + "needs (i32 name.ptr, i32 name.len) -> i64 under the TinyGo ABI: "
                        + "the guest writes its result to a hidden return area (its first i32 parameter): "
                        + "declare a String, array or record result, without @PackedResult");
    }

    @Test
    void hintReturnAreaInsteadOfScalar() {
        ExportSpec length = new ExportSpec("Greet", "int greet(String name)",
                sig("(i32 name.ptr, i32 name.len) -> i32"), Allocator.ALLOCATE_AND_FREE_RESULT);

        assertThat(LinkMessages.exportTypeMismatch(length, "m.wasm", type(List.of(I32, I32, I32))).text())
                .endsWith("under the TinyGo ABI: the guest writes its result to a hidden return area "
                        + "(its first i32 parameter): declare a String, array or record result, without @PackedResult");
    }

    @Test
    void hintDeclareVoid() {
        assertThat(LinkMessages.exportTypeMismatch(GREET, "m.wasm", type(List.of(I32, I32))).text())
                .endsWith("under the TinyGo ABI: the guest returns nothing here: declare the method void");
    }

    @Test
    void hintDeclareResult() {
        ExportSpec reset = new ExportSpec("Reset", "void reset()", sig("() -> nil"), Allocator.NONE);
        assertThat(LinkMessages.exportTypeMismatch(reset, "m.wasm", type(List.of(), I32)).text())
                .isEqualTo("`Reset` has type () -> i32 in m.wasm, but `void reset()` needs () -> nil under the "
                        + "TinyGo ABI: the guest returns i32: declare a matching result type");
        assertThat(LinkMessages.exportTypeMismatch(reset, "m.wasm", type(List.of(), I32, F64)).text())
                .endsWith("the guest returns (i32, f64): declare a matching result type");
    }


    @Test
    void anUnusedRawImportWithoutNearNameIsToBeRemoved() {
        assertThat(LinkMessages.rawImportUnused("greet.wasm", "env", "trace", List.of("log")).text())
                .isEqualTo("greet.wasm does not import `env.trace`, so @RawImport lists it for nothing: remove it");
    }

    @Test
    void anUnusedHostImportWithoutNearNameSuggestsNothing() {
        assertThat(LinkMessages.hostImportUnused("greet.wasm", "env", LOGG, List.of("abort")).text())
                .isEqualTo("greet.wasm does not import `env.logg`, so `void logg(String message)` is never called");
    }
}
