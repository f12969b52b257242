package dev.wasmbind.runtime.internal.link;

import static dev.wasmbind.runtime.internal.Signatures.sig;
import static com.dylibso.chicory.wasm.types.ValType.F64;
import static com.dylibso.chicory.wasm.types.ValType.I32;
import static com.dylibso.chicory.wasm.types.ValType.I64;
import static dev.wasmbind.runtime.internal.link.TestModule.type;
import static org.assertj.core.api.Assertions.assertThat;

import com.dylibso.chicory.wasm.types.ExternalType;
import dev.wasmbind.runtime.internal.Allocator;
import dev.wasmbind.runtime.internal.ExportSpec;
import dev.wasmbind.runtime.internal.ImportSpec;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Pins the wording of each message; LinkCheckTest checks which message the check picks and with what facts. */
class LinkMessagesTest {
    private static final ExportSpec GREET = new ExportSpec("Greet", "String greet(String name)",
            sig("(i32 retptr, i32 name.ptr, i32 name.len) -> nil"), Allocator.MALLOC_AND_FREE);
    private static final ExportSpec GREET_PACKED = new ExportSpec("Greet", "String greet(String name)",
            sig("(i32 name.ptr, i32 name.len) -> i64"), Allocator.MALLOC_AND_FREE);
    private static final ImportSpec LOG = new ImportSpec("log", "void log(String message, int level)",
            sig("(i32 message.ptr, i32 message.len, i32 level) -> nil"));

    @Test
    void missingExportSuggestsTheNearestFunctionExport() {
        assertThat(LinkMessages.noSuchExport("RetrunString", "return_string.wasm", List.of("Add", "ReturnString")))
                .isEqualTo("no export `RetrunString` in return_string.wasm; did you mean `ReturnString`?");
    }

    @Test
    void suggestionsIgnoreCaseComeNearestFirstAndAreCappedAtThree() {
        // greet: Greet 0, great 1, Greets 1 (tie: by name, ignoring case), treat 2, Add too far
        assertThat(LinkMessages.noSuchExport("greet", "m.wasm", List.of("treat", "Greets", "Add", "great", "Greet")))
                .isEqualTo("no export `greet` in m.wasm; did you mean `Greet`, `great` or `Greets`?");
    }

    @Test
    void twoSuggestionsAreJoinedWithOr() {
        assertThat(LinkMessages.noSuchExport("Sub", "m.wasm", List.of("Sum", "Add", "Sup")))
                .isEqualTo("no export `Sub` in m.wasm; did you mean `Sum` or `Sup`?");
    }

    @Test
    void withoutNearNamesAllFunctionExportsAreListedInModuleOrder() {
        assertThat(LinkMessages.noSuchExport("Foo", "return_string.wasm", List.of("ReturnString", "Greet", "Add")))
                .isEqualTo("no export `Foo` in return_string.wasm; "
                        + "its function exports are `ReturnString`, `Greet`, `Add`");
    }

    @Test
    void longExportListsAreCutAfterTwentyNames() {
        List<String> exports = IntStream.range(0, 23).mapToObj(i -> "f" + i).toList();
        assertThat(LinkMessages.noSuchExport("Missing", "m.wasm", exports))
                .startsWith("no export `Missing` in m.wasm; its function exports are `f0`, `f1`, ")
                .endsWith(", `f18`, `f19` and 3 more");
    }

    @Test
    void aModuleWithoutFunctionsSaysSo() {
        assertThat(LinkMessages.noSuchExport("Foo", "m.wasm", List.of()))
                .isEqualTo("no export `Foo` in m.wasm; it exports no functions");
    }

    @Test
    void notAFunctionNamesTheKind() {
        assertThat(LinkMessages.notAFunction("counter", "greeter.wasm", ExternalType.GLOBAL, List.of("Greet")))
                .isEqualTo("export `counter` of greeter.wasm is a global, not a function; "
                        + "its function exports are `Greet`");
    }

    @Test
    void typeMismatchWithoutKnownCause() {
        assertThat(LinkMessages.exportTypeMismatch(GREET, "return_string.wasm", type(List.of(I32))))
                .isEqualTo("`Greet` has type (i32) -> nil in return_string.wasm, but `String greet(String name)` "
                        + "needs (i32 retptr, i32 name.ptr, i32 name.len) -> nil under the TinyGo ABI");
    }

    @Test
    void hintPackedResult() {
        assertThat(LinkMessages.exportTypeMismatch(GREET, "return_string.wasm", type(List.of(I32, I32), I64)))
                .isEqualTo("`Greet` has type (i32, i32) -> i64 in return_string.wasm, but `String greet(String name)` "
                        + "needs (i32 retptr, i32 name.ptr, i32 name.len) -> nil under the TinyGo ABI: "
                        + "the guest returns the value packed as ptr << 32 | len: annotate the method with "
                        + "@PackedResult");
    }

    @Test
    void hintReturnAreaInsteadOfPackedResult() {
        assertThat(LinkMessages.exportTypeMismatch(GREET_PACKED, "m.wasm", type(List.of(I32, I32, I32))))
                .isEqualTo("`Greet` has type (i32, i32, i32) -> nil in m.wasm, but `String greet(String name)` "
                        + "needs (i32 name.ptr, i32 name.len) -> i64 under the TinyGo ABI: "
                        + "the guest writes its result to a hidden return area (its first i32 parameter): "
                        + "declare a String, array or record result, without @PackedResult");
    }

    @Test
    void hintReturnAreaInsteadOfScalar() {
        ExportSpec length = new ExportSpec("Greet", "int greet(String name)",
                sig("(i32 name.ptr, i32 name.len) -> i32"), Allocator.MALLOC_AND_FREE);

        assertThat(LinkMessages.exportTypeMismatch(length, "m.wasm", type(List.of(I32, I32, I32))))
                .endsWith("under the TinyGo ABI: the guest writes its result to a hidden return area "
                        + "(its first i32 parameter): declare a String, array or record result, without @PackedResult");
    }

    @Test
    void hintDeclareVoid() {
        assertThat(LinkMessages.exportTypeMismatch(GREET, "m.wasm", type(List.of(I32, I32))))
                .endsWith("under the TinyGo ABI: the guest returns nothing here: declare the method void");
    }

    @Test
    void hintDeclareResult() {
        ExportSpec reset = new ExportSpec("Reset", "void reset()", sig("() -> nil"), Allocator.NONE);
        assertThat(LinkMessages.exportTypeMismatch(reset, "m.wasm", type(List.of(), I32)))
                .isEqualTo("`Reset` has type () -> i32 in m.wasm, but `void reset()` needs () -> nil under the "
                        + "TinyGo ABI: the guest returns i32: declare a matching result type");
        assertThat(LinkMessages.exportTypeMismatch(reset, "m.wasm", type(List.of(), I32, F64)))
                .endsWith("the guest returns (i32, f64): declare a matching result type");
    }

    @Test
    void allocatorMessages() {
        String needsMalloc = "`String greet(String name)` needs the guest's `malloc` export (i32) -> i32 to copy its "
                + "arguments or return area into guest memory, but ";
        assertThat(LinkMessages.allocatorMissing(GREET.javaSignature(), AllocatorExport.MALLOC, "no_allocator.wasm"))
                .isEqualTo(needsMalloc + "no_allocator.wasm does not export it");
        assertThat(LinkMessages.allocatorTypeMismatch(
                        GREET.javaSignature(), AllocatorExport.MALLOC, "m.wasm", type(List.of(I32, I32), I32)))
                .isEqualTo(needsMalloc + "`malloc` in m.wasm has type (i32, i32) -> i32");
        assertThat(LinkMessages.allocatorNotAFunction(
                        GREET.javaSignature(), AllocatorExport.MALLOC, "m.wasm", ExternalType.GLOBAL))
                .isEqualTo(needsMalloc + "`malloc` of m.wasm is a global");
        assertThat(LinkMessages.allocatorMissing(GREET.javaSignature(), AllocatorExport.FREE, "m.wasm"))
                .isEqualTo("`String greet(String name)` needs the guest's `free` export (i32) -> nil to release the "
                        + "memory it allocates, but m.wasm does not export it");
    }

    @Test
    void moduleImportMessages() {
        assertThat(LinkMessages.importNotProvided("return_string.wasm", "env", "log", type(List.of(I32, I32))))
                .isEqualTo("return_string.wasm imports `env.log` (i32, i32) -> nil, which neither WASI preview 1 nor "
                        + "a host interface provides: declare it in a @HostModule(\"env\") interface listed in "
                        + "@WasmModule(imports = ...), or serve it with a Chicory HostFunction given to "
                        + "builder().hostFunctions(...) and list it in @WasmModule(rawImports = @RawImport(module = "
                        + "\"env\", names = \"log\"))");
        assertThat(LinkMessages.importNotDeclared("greet.wasm", "env", "warn", type(List.of(I32)), "demo.Env"))
                .isEqualTo("greet.wasm imports `env.warn` (i32) -> nil, which demo.Env does not declare: "
                        + "add a method annotated @Import(\"warn\") to demo.Env");
        assertThat(LinkMessages.hostImplementationMissing("greet.wasm", "env", "log", "demo.Env", "env"))
                .isEqualTo("greet.wasm imports `env.log`, but no implementation of demo.Env was given: "
                        + "call builder().env(...)");
        assertThat(LinkMessages.importNotSupported("greet.wasm", ExternalType.MEMORY, "env", "memory"))
                .isEqualTo("greet.wasm imports a memory `env.memory`, which wasmbind cannot supply: "
                        + "build the module so that it defines it instead");
    }

    @Test
    void rawImportMessages() {
        assertThat(LinkMessages.rawImportNotSupplied("greet.wasm", "env", "log", type(List.of(I32, I32))))
                .isEqualTo("greet.wasm imports `env.log` (i32, i32) -> nil, which @WasmModule(rawImports = ...) "
                        + "leaves to a raw host function, but none was given: pass a Chicory HostFunction(\"env\", "
                        + "\"log\", ...) of that type to builder().hostFunctions(...)");
        assertThat(LinkMessages.rawImportUnused("greet.wasm", "env", "lg", List.of("log", "abort")))
                .isEqualTo("greet.wasm does not import `env.lg`, so @RawImport lists it for nothing; did you mean "
                        + "`log`?");
        assertThat(LinkMessages.rawImportUnused("greet.wasm", "env", "trace", List.of("log")))
                .isEqualTo("greet.wasm does not import `env.trace`, so @RawImport lists it for nothing: remove it");
        assertThat(LinkMessages.rawImportModuleUnused("greet.wasm", "http", List.of("env")))
                .isEqualTo("greet.wasm imports no function from module `http`, so @RawImport lists it for nothing: "
                        + "remove it");
    }

    @Test
    void hostImportMessages() {
        assertThat(LinkMessages.hostImportTypeMismatch("greet.wasm", "env", LOG, type(List.of(I32, I32))))
                .isEqualTo("`env.log` has type (i32, i32) -> nil in greet.wasm, but "
                        + "`void log(String message, int level)` needs "
                        + "(i32 message.ptr, i32 message.len, i32 level) -> nil");
        ImportSpec logg = new ImportSpec("logg", "void logg(String message)",
                sig("(i32 message.ptr, i32 message.len) -> nil"));
        assertThat(LinkMessages.hostImportUnused("greet.wasm", "env", logg, List.of("log", "abort")))
                .isEqualTo("greet.wasm does not import `env.logg`, so `void logg(String message)` is never called; "
                        + "did you mean `log`?");
        assertThat(LinkMessages.hostImportUnused("greet.wasm", "env", logg, List.of("abort")))
                .isEqualTo("greet.wasm does not import `env.logg`, so `void logg(String message)` is never called");
    }
}
