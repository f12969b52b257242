package dev.wasmbind.runtime.internal.link;

import static dev.wasmbind.runtime.internal.Signatures.sig;
import static com.dylibso.chicory.wasm.types.ValType.I32;
import static com.dylibso.chicory.wasm.types.ValType.I64;
import static dev.wasmbind.runtime.internal.link.TestModule.type;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.dylibso.chicory.runtime.HostFunction;
import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.ExternalType;
import com.dylibso.chicory.wasm.types.FunctionType;
import dev.wasmbind.runtime.internal.Allocator;
import dev.wasmbind.runtime.internal.AllocatorConvention;
import dev.wasmbind.runtime.internal.ExportSpec;
import dev.wasmbind.runtime.internal.HostModuleBinding;
import dev.wasmbind.runtime.internal.ImportSpec;
import dev.wasmbind.runtime.internal.ModuleBinding;
import dev.wasmbind.runtime.internal.RuntimeContract;
import dev.wasmbind.runtime.internal.link.LinkProblem.OnExport;
import dev.wasmbind.runtime.internal.link.LinkProblem.OnExportParameter;
import dev.wasmbind.runtime.internal.link.LinkProblem.OnHostImportParameter;
import dev.wasmbind.runtime.internal.link.LinkProblem.OnHostImport;
import dev.wasmbind.runtime.internal.link.LinkProblem.OnModule;
import dev.wasmbind.runtime.internal.link.LinkProblem.OnRawImport;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LinkCheckTest {
    private static final String WASM = "greet.wasm";
    private static final FunctionType MALLOC = type(List.of(I32), I32);
    private static final FunctionType FREE = type(List.of(I32));
    private static final FunctionType STRING_ARG = type(List.of(I32, I32));
    private static final FunctionType RETURN_AREA_STRING_ARG = type(List.of(I32, I32, I32));
    private static final FunctionType WASI_FD_WRITE = type(List.of(I32, I32, I32, I32), I32);

    private static final ImportSpec LOG = ImportSpec.of(
            "log", "void log(String message)", sig("(i32 message.ptr, i32 message.len) -> nil"));
    private static final HostModuleBinding ENV = new HostModuleBinding("env", "demo.Env", List.of(LOG));

    /** Matches {@link #greetModule()} exactly. */
    private static final ModuleBinding GREET = ModuleBinding.builder(RuntimeContract.V5, "demo.Greet", WASM)
            .export(ExportSpec.of("Greet", "String greet(String name)", Allocator.ALLOCATE_AND_FREE_RESULT, sig("(i32 retptr, i32 name.ptr, i32 name.len) -> nil")))
            .export(ExportSpec.of("Add", "int add(int a, int b)", Allocator.NONE, sig("(i32 a, i32 b) -> i32")))
            .returnArea(8)
            .hostModule(ENV, "env")
            .build();

    private static TestModule greetModule() {
        return new TestModule()
                .importFunction("wasi_snapshot_preview1", "fd_write", WASI_FD_WRITE)
                .importFunction("env", "log", STRING_ARG)
                .function("Greet", RETURN_AREA_STRING_ARG)
                .function("Add", type(List.of(I32, I32), I32))
                .function("malloc", MALLOC)
                .function("free", FREE)
                .memory("memory");
    }

    private static List<LinkProblem> atLoadWithEnv(WasmModule module, ModuleBinding binding) {
        return LinkCheck.atLoad(module, WASM, binding, Set.of("env"), List.of());
    }

    @Test
    void aMatchingModuleHasNoProblems() {
        WasmModule module = greetModule().parse();

        assertThat(LinkCheck.atCompileTime(module, WASM, GREET)).isEmpty();
        assertThat(atLoadWithEnv(module, GREET)).isEmpty();
    }

    @Test
    void missingExportSuggestsNearFunctionExports() {
        ModuleBinding binding = ModuleBinding.builder(RuntimeContract.V5, "demo.Greet", WASM)
                .export(ExportSpec.of("Greets", "String greet(String name)", Allocator.NONE, sig("(i32 retptr, i32 name.ptr, i32 name.len) -> nil")))
                .hostModule(ENV, "env")
                .build();
        List<String> functionExports = List.of("Greet", "Add", "malloc", "free");

        assertThat(LinkCheck.atCompileTime(greetModule().parse(), WASM, binding)).containsExactly(
                new LinkProblem(new OnExport(binding.exports().get(0)), LinkMessages.noSuchExport("Greets", WASM, functionExports)));
        assertThat(LinkMessages.noSuchExport("Greets", WASM, functionExports).text()).endsWith("did you mean `Greet`?");
    }

    @Test
    void exportMustBeAFunction() {
        WasmModule module = new TestModule().function("Add", type(List.of(I32, I32), I32)).global("counter").parse();
        ModuleBinding binding = ModuleBinding.builder(RuntimeContract.V5, "demo.Counter", WASM)
                .export(ExportSpec.of("counter", "int counter()", Allocator.NONE, sig("() -> i32")))
                .build();

        assertThat(LinkCheck.atCompileTime(module, WASM, binding)).containsExactly(new LinkProblem(
                new OnExport(binding.exports().get(0)), LinkMessages.notAFunction("counter", WASM, ExternalType.GLOBAL, List.of("Add"))));
    }

    /**
     * The export's type must match the lowering; a mismatch whose hint names one parameter sits on that parameter,
     * one that names none on the method.
     */
    @Test
    void exportTypeMustMatchTheLowering() {
        FunctionType packed = type(List.of(I32, I32), I64);
        WasmModule module = greetModule().function("Packed", packed).parse();
        ModuleBinding binding = ModuleBinding.builder(RuntimeContract.V5, "demo.Greet", WASM)
                .export(ExportSpec.of("Add", "int add(int a, int b)", Allocator.NONE, sig("(i32 a, i32 b) -> i32")))
                .export(ExportSpec.of("Packed", "String greet(String name)", Allocator.NONE, sig("(i32 retptr, i32 name.ptr, i32 name.len) -> nil")))
                .export(ExportSpec.of("Packed", "String greeting(int name)", Allocator.ALLOCATE, sig("(i32 retptr, i32 name) -> nil")))
                .hostModule(ENV, "env")
                .build();

        assertThat(LinkCheck.atCompileTime(module, WASM, binding)).containsExactly(
                new LinkProblem(new OnExport(binding.exports().get(1)),
                        LinkMessages.exportTypeMismatch(binding.exports().get(1), WASM, packed)),
                new LinkProblem(new OnExportParameter(binding.exports().get(2), "name"),
                        LinkMessages.exportTypeMismatch(binding.exports().get(2), WASM, packed)));
    }

    @Test
    void putsAHostMismatchOnTheIntTheGuestPassesAsAString() {
        ImportSpec log = ImportSpec.of("log", "void log(int message)", sig("(i32 message) -> nil"));
        HostModuleBinding env = new HostModuleBinding("env", "demo.Env", List.of(log));
        ModuleBinding binding = ModuleBinding.builder(RuntimeContract.V5, "demo.Greet", WASM)
                .hostModule(env, "env")
                .build();

        assertThat(LinkCheck.atCompileTime(greetModule().parse(), WASM, binding)).containsExactly(new LinkProblem(
                new OnHostImportParameter(env, log, "message"),
                LinkMessages.hostImportTypeMismatch(WASM, "env", log, STRING_ARG)));
    }

    @Test
    void exportedFunctionIndicesCountImportedFunctionsFirst() {
        // Function 0 is the import (i32) -> nil, function 1 the export (i32, i32) -> i32: misreading the index as
        // "local function 1" would fail, misreading it as "function 0 of the type list" would report a mismatch.
        WasmModule module = new TestModule()
                .importFunction("wasi_snapshot_preview1", "proc_exit", type(List.of(I32)))
                .function("Add", type(List.of(I32, I32), I32))
                .parse();
        ModuleBinding binding = ModuleBinding.builder(RuntimeContract.V5, "demo.Add", WASM)
                .export(ExportSpec.of("Add", "int add(int a, int b)", Allocator.NONE, sig("(i32 a, i32 b) -> i32")))
                .build();

        assertThat(LinkCheck.atCompileTime(module, WASM, binding)).isEmpty();
    }

    @Test
    void methodsThatAllocateNeedAnAllocator() {
        WasmModule module = new TestModule().function("Greet", RETURN_AREA_STRING_ARG).function("free", FREE).parse();
        ModuleBinding binding = ModuleBinding.builder(RuntimeContract.V5, "demo.Greet", WASM)
                .export(ExportSpec.of("Greet", "String greet(String name)", Allocator.ALLOCATE, sig("(i32 retptr, i32 name.ptr, i32 name.len) -> nil")))
                .build();

        assertThat(LinkCheck.atCompileTime(module, WASM, binding)).containsExactly(new LinkProblem(
                new OnExport(binding.exports().get(0)), LinkMessages.noAllocator(
                        "String greet(String name)", LinkMessages.FOR_ARGUMENTS, WASM, List.of("free"))));
    }

    @Test
    void methodsThatReleaseMemoryNeedAnAllocator() {
        WasmModule module = new TestModule().function("Greet", STRING_ARG).function("malloc", MALLOC).parse();
        ModuleBinding binding = ModuleBinding.builder(RuntimeContract.V5, "demo.Greet", WASM)
                .export(ExportSpec.of("Greet", "void greet(String name)", Allocator.FREE_RESULT, sig("(i32 name.ptr, i32 name.len) -> nil")))
                .export(ExportSpec.of("Other", "void other(String name)", Allocator.NONE, sig("(i32 name.ptr, i32 name.len) -> nil")))
                .build();

        assertThat(LinkCheck.atCompileTime(module, WASM, binding)).containsExactly(
                new LinkProblem(new OnExport(binding.exports().get(0)), LinkMessages.noAllocator("void greet(String name)",
                        LinkMessages.FOR_ARGUMENTS, WASM, List.of("malloc"))),
                new LinkProblem(new OnExport(binding.exports().get(1)), LinkMessages.noSuchExport("Other", WASM, List.of("Greet", "malloc"))));
    }

    @Test
    void allocatorExportsOfOtherTypesAreNoAllocator() {
        FunctionType twoArgMalloc = type(List.of(I32, I32), I32);
        WasmModule module = new TestModule()
                .function("Greet", STRING_ARG).function("malloc", twoArgMalloc).global("free").parse();
        ModuleBinding binding = ModuleBinding.builder(RuntimeContract.V5, "demo.Greet", WASM)
                .export(ExportSpec.of("Greet", "void greet(String name)", Allocator.ALLOCATE, sig("(i32 name.ptr, i32 name.len) -> nil")))
                .build();

        assertThat(LinkCheck.atCompileTime(module, WASM, binding)).containsExactly(
                new LinkProblem(new OnExport(binding.exports().get(0)), LinkMessages.noAllocator(
                        "void greet(String name)", LinkMessages.FOR_ARGUMENTS, WASM, List.of("malloc"))));
    }

    @Test
    void importsNoOneProvidesAreErrors() {
        WasmModule module = new TestModule().importFunction("env", "log", STRING_ARG).parse();
        ModuleBinding binding = ModuleBinding.builder(RuntimeContract.V5, "demo.Greet", WASM).build();

        List<LinkProblem> expected =
                List.of(new LinkProblem(new OnModule(), LinkMessages.importNotProvided(WASM, "env", "log", STRING_ARG)));
        assertThat(LinkCheck.atCompileTime(module, WASM, binding)).isEqualTo(expected);
        assertThat(LinkCheck.atLoad(module, WASM, binding, Set.of("env"), List.of())).isEqualTo(expected);
    }

    @Test
    void importsOfADeclaredHostModuleMustBeDeclaredInItsInterface() {
        FunctionType warn = type(List.of(I32));
        WasmModule module = greetModule().importFunction("env", "warn", warn).parse();

        assertThat(LinkCheck.atCompileTime(module, WASM, GREET)).containsExactly(
                new LinkProblem(new OnModule(), LinkMessages.importNotDeclared(WASM, "env", "warn", warn, "demo.Env")));
    }

    @Test
    void wasiPreview1FunctionsAreSupplied() {
        FunctionType noArgs = type(List.of());
        WasmModule module = new TestModule()
                .importFunction("wasi_snapshot_preview1", "fd_write", WASI_FD_WRITE)
                .importFunction("wasi_snapshot_preview1", "random_get", type(List.of(I32, I32), I32))
                .importFunction("wasi_snapshot_preview1", "no_such_call", noArgs)
                .parse();
        ModuleBinding binding = ModuleBinding.builder(RuntimeContract.V5, "demo.Wasi", WASM).build();

        assertThat(LinkCheck.atLoad(module, WASM, binding, Set.of(), List.of())).containsExactly(new LinkProblem(
                new OnModule(),
                LinkMessages.importNotProvided(WASM, "wasi_snapshot_preview1", "no_such_call", noArgs)));
    }

    @Test
    void atLoadReportsAHostInterfaceWithoutImplementation() {
        WasmModule module = greetModule().parse();

        assertThat(LinkCheck.atLoad(module, WASM, GREET, Set.of(), List.of())).containsExactly(new LinkProblem(
                new OnModule(), LinkMessages.hostImplementationMissing(WASM, "env", "log", "demo.Env", "env")));
    }

    @Test
    void atLoadRawHostFunctionsSatisfyImports() {
        WasmModule module = new TestModule().importFunction("env", "log", STRING_ARG).parse();
        ModuleBinding binding = ModuleBinding.builder(RuntimeContract.V5, "demo.Greet", WASM).build();
        HostFunction log = new HostFunction("env", "log", STRING_ARG, (instance, args) -> null);
        HostFunction otherModule = new HostFunction("other", "log", STRING_ARG, (instance, args) -> null);

        assertThat(LinkCheck.atLoad(module, WASM, binding, Set.of(), List.of(log))).isEmpty();
        assertThat(LinkCheck.atLoad(module, WASM, binding, Set.of(), List.of(otherModule))).hasSize(1);
        // A raw function also stands in for a declared host interface whose implementation was not given.
        ModuleBinding declaringEnv = ModuleBinding.builder(RuntimeContract.V5, "demo.Greet", WASM).hostModule(ENV, "env").build();
        assertThat(LinkCheck.atLoad(module, WASM, declaringEnv, Set.of(), List.of(log))).isEmpty();
    }

    @Test
    void rawImportsTheModuleDoesNotHaveAreCompileTimeWarnings() {
        WasmModule module = new TestModule().importFunction("env", "log", STRING_ARG).parse();
        ModuleBinding binding = ModuleBinding.builder(RuntimeContract.V5, "demo.Greet", WASM)
                .rawImport("env")
                .rawImport("env", "log", "trace")
                .rawImport("emv")
                .rawImport("ftp", "get")
                .build();
        HostFunction log = new HostFunction("env", "log", STRING_ARG, (instance, args) -> null);

        assertThat(LinkCheck.atCompileTime(module, WASM, binding)).containsExactly(
                new LinkProblem(new OnRawImport(binding.rawImports().get(1)),
                        LinkMessages.rawImportUnused(WASM, "env", "trace", List.of("log"))),
                new LinkProblem(new OnRawImport(binding.rawImports().get(2)),
                        LinkMessages.rawImportModuleUnused(WASM, "emv", List.of("env"))),
                new LinkProblem(new OnRawImport(binding.rawImports().get(3)),
                        LinkMessages.rawImportUnused(WASM, "ftp", "get", List.of())));
        assertThat(LinkCheck.atLoad(module, WASM, binding, Set.of(), List.of(log))).isEmpty();
    }

    @Test
    void hostMethodsWhoseResultTheHostAllocatesNeedThatAllocator() {
        WasmModule module = new TestModule().importFunction("env", "name", type(List.of(), I64)).parse();
        HostModuleBinding env = HostModuleBinding.builder(RuntimeContract.V5, "env", "demo.Env")
                .function(ImportSpec.allocatedBy("name", "String name()", "malloc", sig("() -> i64")))
                .build();
        ModuleBinding binding = ModuleBinding.builder(RuntimeContract.V5, "demo.Greet", WASM).hostModule(env, "env").build();

        assertThat(atLoadWithEnv(module, binding)).containsExactly(new LinkProblem(onHostImport(binding, 0, 0),
                LinkMessages.allocatorMissing("String name()", AllocatorExport.forHostResults("malloc"), WASM)));
    }

    @Test
    void hostMethodsWhoseResultTheGuestsAllocatorTakesNeedOne() {
        WasmModule module = new TestModule().importFunction("env", "name", type(List.of(), I64))
                .function("my_alloc", MALLOC).parse();
        HostModuleBinding env = HostModuleBinding.builder(RuntimeContract.V5, "env", "demo.Env")
                .function(ImportSpec.guestOwnedResult("name", "String name()", sig("() -> i64")))
                .build();
        ModuleBinding binding = ModuleBinding.builder(RuntimeContract.V5, "demo.Greet", WASM).hostModule(env, "env").build();

        assertThat(atLoadWithEnv(module, binding)).containsExactly(new LinkProblem(onHostImport(binding, 0, 0),
                LinkMessages.noAllocator("String name()", LinkMessages.FOR_HOST_RESULTS, WASM, List.of("my_alloc"))));
    }

    /** The export a host method's @GuestAllocator names must be a function that allocates. */
    @Test
    void theAllocatorAHostMethodNamesMustAllocate() {
        HostModuleBinding env = HostModuleBinding.builder(RuntimeContract.V5, "env", "demo.Env")
                .function(ImportSpec.allocatedBy("name", "String name()", "my_malloc", sig("() -> i64")))
                .build();
        ModuleBinding binding = ModuleBinding.builder(RuntimeContract.V5, "demo.Greet", WASM).hostModule(env, "env").build();
        AllocatorExport myMalloc = AllocatorExport.forHostResults("my_malloc");
        FunctionType twoArgMalloc = type(List.of(I32, I32), I32);
        WasmModule global = new TestModule().importFunction("env", "name", type(List.of(), I64))
                .global("my_malloc").parse();
        WasmModule twoArgs = new TestModule().importFunction("env", "name", type(List.of(), I64))
                .function("my_malloc", twoArgMalloc).parse();
        WasmModule fits = new TestModule().importFunction("env", "name", type(List.of(), I64))
                .function("my_malloc", MALLOC).parse();

        assertThat(atLoadWithEnv(global, binding)).containsExactly(new LinkProblem(onHostImport(binding, 0, 0),
                LinkMessages.allocatorNotAFunction("String name()", myMalloc, WASM, ExternalType.GLOBAL)));
        assertThat(atLoadWithEnv(twoArgs, binding)).containsExactly(new LinkProblem(onHostImport(binding, 0, 0),
                LinkMessages.allocatorTypeMismatch("String name()", myMalloc, WASM, twoArgMalloc)));
        assertThat(atLoadWithEnv(fits, binding)).isEmpty();
    }

    /** A wrong @AllocatorExports is an error whether or not a method needs the allocator, and is reported once. */
    @Test
    void aDeclaredAllocatorMustFitTheModule() {
        WasmModule module = new TestModule().function("Greet", STRING_ARG).function("Add", type(List.of(I32, I32), I32))
                .function("my_alloc", MALLOC).function("my_free", FREE).parse();
        ExportSpec add = ExportSpec.of("Add", "int add(int a, int b)", Allocator.NONE, sig("(i32 a, i32 b) -> i32"));
        ExportSpec greet = ExportSpec.of("Greet", "void greet(String name)", Allocator.ALLOCATE,
                sig("(i32 name.ptr, i32 name.len) -> nil"));
        ModuleBinding scalars = ModuleBinding.builder(RuntimeContract.V5, "demo.Greet", WASM)
                .allocator("my_aloc", "my_free").export(add).build();
        ModuleBinding both = ModuleBinding.builder(RuntimeContract.V5, "demo.Greet", WASM)
                .allocator("my_aloc", "my_free").export(greet).export(add).export(greet).build();
        ModuleBinding declared = ModuleBinding.builder(RuntimeContract.V5, "demo.Greet", WASM)
                .allocator("my_alloc", "my_free").export(greet).export(add).build();
        LinkProblem missing = new LinkProblem(new LinkProblem.OnAllocator(),
                LinkMessages.declaredAllocatorMissing(WASM, "my_aloc", List.of("my_alloc", "my_free")));

        assertThat(LinkCheck.atCompileTime(module, WASM, scalars)).containsExactly(missing);
        assertThat(LinkCheck.atCompileTime(module, WASM, both)).containsExactly(missing);
        assertThat(LinkCheck.atCompileTime(module, WASM, declared)).isEmpty();
    }

    /**
     * Which of several allocators a module expects matters only to a method that needs one: the binding of its
     * scalars calls it without, one that needs it fails once, on the allocator.
     */
    @Test
    void anAmbiguousAllocatorFailsOnceWhenAMethodNeedsIt() {
        WasmModule module = new TestModule().function("Greet", STRING_ARG).function("Add", type(List.of(I32, I32), I32))
                .function("alloc", MALLOC).function("dealloc", STRING_ARG)
                .function("cabi_realloc", AllocatorConvention.REALLOC).parse();
        ExportSpec add = ExportSpec.of("Add", "int add(int a, int b)", Allocator.NONE, sig("(i32 a, i32 b) -> i32"));
        ExportSpec greet = ExportSpec.of("Greet", "void greet(String name)", Allocator.ALLOCATE,
                sig("(i32 name.ptr, i32 name.len) -> nil"));
        ModuleBinding scalars = ModuleBinding.builder(RuntimeContract.V5, "demo.Greet", WASM).export(add).build();
        ModuleBinding strings = ModuleBinding.builder(RuntimeContract.V5, "demo.Greet", WASM)
                .export(greet).export(add).export(greet).build();

        assertThat(LinkCheck.atCompileTime(module, WASM, scalars)).isEmpty();
        assertThat(LinkCheck.allocator(module, WASM, scalars)).isEqualTo(new AllocatorConvention.None());
        assertThat(LinkCheck.atCompileTime(module, WASM, strings)).containsExactly(new LinkProblem(
                new LinkProblem.OnAllocator(), LinkMessages.allocatorAmbiguous(WASM, List.of(
                        new AllocatorConvention.Sized("alloc", "dealloc"),
                        new AllocatorConvention.CanonicalAbi("cabi_realloc")))));
    }

    @Test
    void aCanonicalAbiGuestHasNoFreeForResults() {
        WasmModule module = new TestModule().function("name", type(List.of(), I64))
                .function("cabi_realloc", AllocatorConvention.REALLOC).parse();
        ModuleBinding binding = ModuleBinding.builder(RuntimeContract.V5, "demo.Names", WASM)
                .export(ExportSpec.of("name", "String name()", Allocator.FREE_RESULT, sig("() -> i64")))
                .build();

        assertThat(LinkCheck.atCompileTime(module, WASM, binding)).containsExactly(new LinkProblem(
                new OnExport(binding.exports().get(0)), LinkMessages.resultNotFreeable("String name()", WASM, "name")));
    }

    /**
     * A canonical-ABI export's post-return, where it has one, takes the export's results; only an export that is a
     * function has one.
     */
    @Test
    void aCanonicalAbiPostReturnTakesTheExportsResults() {
        FunctionType noArgs = type(List.of());
        WasmModule module = new TestModule()
                .function("greet", type(List.of(I32, I32), I64)).function("cabi_post_greet", noArgs)
                .function("add", type(List.of(I32, I32), I32)).function("cabi_post_add", type(List.of(I32)))
                .function("sub", type(List.of(I32, I32), I32)).global("cabi_post_sub")
                .function("mul", type(List.of(I32, I32), I32))
                .global("counter").global("cabi_post_counter")
                .function("cabi_realloc", AllocatorConvention.REALLOC).parse();
        ExportSpec greet = ExportSpec.of("greet", "String greet(String name)", Allocator.ALLOCATE,
                sig("(i32 name.ptr, i32 name.len) -> i64"));
        ModuleBinding binding = ModuleBinding.builder(RuntimeContract.V5, "demo.Calc", WASM)
                .export(greet)
                .export(ExportSpec.of("add", "int add(int a, int b)", Allocator.NONE, sig("(i32 a, i32 b) -> i32")))
                .export(ExportSpec.of("sub", "int sub(int a, int b)", Allocator.NONE, sig("(i32 a, i32 b) -> i32")))
                .export(ExportSpec.of("mul", "int mul(int a, int b)", Allocator.NONE, sig("(i32 a, i32 b) -> i32")))
                .export(ExportSpec.of("div", "int div(int a, int b)", Allocator.NONE, sig("(i32 a, i32 b) -> i32")))
                .export(ExportSpec.of("counter", "int counter()", Allocator.NONE, sig("() -> i32")))
                .build();

        assertThat(LinkCheck.atCompileTime(module, WASM, binding)).containsExactly(
                new LinkProblem(new OnExport(greet), LinkMessages.postReturnTypeMismatch(
                        "String greet(String name)", WASM, "cabi_post_greet", noArgs, type(List.of(I64)))),
                new LinkProblem(new OnExport(binding.exports().get(4)), LinkMessages.noSuchExport(
                        "div", WASM, List.of("greet", "cabi_post_greet", "add", "cabi_post_add", "sub", "mul",
                                "cabi_realloc"))),
                new LinkProblem(new OnExport(binding.exports().get(5)), LinkMessages.notAFunction(
                        "counter", WASM, ExternalType.GLOBAL, List.of("greet", "cabi_post_greet", "add",
                                "cabi_post_add", "sub", "mul", "cabi_realloc"))));
    }

    /** cabi_post_ is only the canonical ABI's: other guests' exports of that name are none of the binding's. */
    @Test
    void onlyACanonicalAbiGuestHasPostReturns() {
        WasmModule module = new TestModule().function("add", type(List.of(I32, I32), I32))
                .function("cabi_post_add", type(List.of(), I32))
                .function("malloc", MALLOC).function("free", FREE).parse();
        ModuleBinding binding = ModuleBinding.builder(RuntimeContract.V5, "demo.Calc", WASM)
                .export(ExportSpec.of("add", "int add(int a, int b)", Allocator.NONE, sig("(i32 a, i32 b) -> i32")))
                .build();

        assertThat(LinkCheck.atCompileTime(module, WASM, binding)).isEmpty();
    }

    @Test
    void listsTheTypesOfFunctionExportsOnly() {
        assertThat(LinkCheck.functionExportTypes(greetModule().parse(), WASM)).containsOnly(
                entry("Greet", RETURN_AREA_STRING_ARG),
                entry("Add", type(List.of(I32, I32), I32)),
                entry("malloc", MALLOC),
                entry("free", FREE));
    }

    @Test
    void nonFunctionImportsCannotBeSupplied() {
        WasmModule module = new TestModule().importMemory("env", "memory").parse();
        ModuleBinding binding = ModuleBinding.builder(RuntimeContract.V5, "demo.Greet", WASM).hostModule(ENV, "env").build();

        assertThat(LinkCheck.atLoad(module, WASM, binding, Set.of("env"), List.of())).containsExactly(
                new LinkProblem(new OnModule(), LinkMessages.importNotSupported(WASM, ExternalType.MEMORY, "env", "memory")));
    }

    @Test
    void hostImportTypeMustMatchItsLowering() {
        FunctionType logWithLevel = type(List.of(I32, I32, I32));
        WasmModule module = new TestModule().importFunction("env", "log", logWithLevel).parse();
        ImportSpec abort = ImportSpec.of("abort", "void abort()", sig("() -> nil"));
        HostModuleBinding env = new HostModuleBinding("env", "demo.Env", List.of(abort, LOG));
        ModuleBinding binding = ModuleBinding.builder(RuntimeContract.V5, "demo.Greet", WASM).hostModule(env, "env").build();

        assertThat(atLoadWithEnv(module, binding)).containsExactly(new LinkProblem(
                onHostImport(binding, 0, 1), LinkMessages.hostImportTypeMismatch(WASM, "env", LOG, logWithLevel)));
    }

    /** A slice declared without @PtrLen: each module passes it as it does, and each is linked so. */
    @Test
    void aHostSliceFitsWithOrWithoutItsCapacity() {
        ImportSpec write = ImportSpec.of("write", "void write(byte[] data)",
                sig("(i32 data.ptr, i32 data.len, i32 data.cap) -> nil"));
        HostModuleBinding env = new HostModuleBinding("env", "demo.Env", List.of(write));
        ModuleBinding binding = ModuleBinding.builder(RuntimeContract.V5, "demo.Sink", WASM).hostModule(env, "env").build();
        WasmModule tinyGo = new TestModule().importFunction("env", "write", type(List.of(I32, I32, I32))).parse();
        WasmModule rust = new TestModule().importFunction("env", "write", STRING_ARG).parse();

        assertThat(LinkCheck.atCompileTime(tinyGo, WASM, binding)).isEmpty();
        assertThat(LinkCheck.atCompileTime(rust, WASM, binding)).isEmpty();
        assertThat(atLoadWithEnv(rust, binding)).isEmpty();
        assertThat(LinkCheck.slicesWithoutCapacity(tinyGo, WASM, binding)).isEmpty();
        assertThat(LinkCheck.slicesWithoutCapacity(rust, WASM, binding)).containsOnlyKeys(
                new LinkCheck.ImportName("env", "write"));
        assertThat(LinkCheck.slicesWithoutCapacity(rust, WASM, binding).get(new LinkCheck.ImportName("env", "write"))
                .slices()).containsExactly("data");
    }

    @Test
    void hostSlicesThatFitAlikeAreAnError() {
        ImportSpec pair = ImportSpec.of("pair", "void pair(byte[] a, byte[] b)",
                sig("(i32 a.ptr, i32 a.len, i32 a.cap, i32 b.ptr, i32 b.len, i32 b.cap) -> nil"));
        HostModuleBinding env = new HostModuleBinding("env", "demo.Env", List.of(pair));
        ModuleBinding binding = ModuleBinding.builder(RuntimeContract.V5, "demo.Sink", WASM).hostModule(env, "env").build();
        FunctionType fiveI32 = type(List.of(I32, I32, I32, I32, I32));
        WasmModule module = new TestModule().importFunction("env", "pair", fiveI32).parse();

        assertThat(atLoadWithEnv(module, binding)).containsExactly(new LinkProblem(onHostImport(binding, 0, 0),
                LinkMessages.hostImportSlicesAmbiguous(WASM, "env", pair, fiveI32, List.of(List.of("a"), List.of("b")))));
        assertThat(LinkCheck.slicesWithoutCapacity(module, WASM, binding)).isEmpty();
    }

    @Test
    void hostMethodsTheModuleNeverImportsAreCompileTimeWarnings() {
        WasmModule module = new TestModule().importFunction("env", "log", STRING_ARG).parse();
        ImportSpec logg = ImportSpec.of(
                "logg", "void logg(String message)", sig("(i32 message.ptr, i32 message.len) -> nil"));
        HostModuleBinding env = new HostModuleBinding("env", "demo.Env", List.of(LOG, logg));
        ModuleBinding binding = ModuleBinding.builder(RuntimeContract.V5, "demo.Greet", WASM).hostModule(env, "env").build();

        assertThat(LinkCheck.atCompileTime(module, WASM, binding)).containsExactly(new LinkProblem(
                onHostImport(binding, 0, 1), LinkMessages.hostImportUnused(WASM, "env", logg, List.of("log"))));
        assertThat(atLoadWithEnv(module, binding)).isEmpty();
    }

    @Test
    void problemsComeExportsFirstThenHostMethodsThenModuleImports() {
        FunctionType warn = type(List.of(I32));
        FunctionType wrongLog = type(List.of(I32));
        WasmModule module = new TestModule()
                .importFunction("env", "warn", warn)
                .importFunction("env", "log", wrongLog)
                .function("Add", type(List.of(I32), I32))
                .parse();
        ModuleBinding binding = ModuleBinding.builder(RuntimeContract.V5, "demo.Greet", WASM)
                .export(ExportSpec.of("Sub", "int sub(int a, int b)", Allocator.NONE, sig("(i32 a, i32 b) -> i32")))
                .export(ExportSpec.of("Add", "int add(int a, int b)", Allocator.NONE, sig("(i32 a, i32 b) -> i32")))
                .hostModule(ENV, "env")
                .build();

        assertThat(LinkCheck.atCompileTime(module, WASM, binding)).extracting(LinkProblem::location).containsExactly(
                new OnExport(binding.exports().get(0)), new OnExport(binding.exports().get(1)), onHostImport(binding, 0, 0), new OnModule());
    }

    private static OnHostImport onHostImport(ModuleBinding binding, int hostModule, int function) {
        HostModuleBinding host = binding.hostModules().get(hostModule).binding();
        return new OnHostImport(host, host.imports().get(function));
    }
}
