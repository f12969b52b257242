package dev.wasmbind.processor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wasmbind.processor.kinds.Position;
import dev.wasmbind.runtime.InvalidModuleException;
import dev.wasmbind.runtime.internal.EngineFlavour;
import dev.wasmbind.runtime.internal.link.LinkMessages;
import dev.wasmbind.runtime.internal.link.Message;
import dev.wasmbind.runtime.internal.link.MessageId;
import dev.wasmbind.runtime.internal.link.Severity;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The id, severity and exact text of every diagnostic, written out: the other tests build their expected messages
 * with {@link Messages}, so only here does a changed code, severity or word show.
 */
class MessagesTest {

    /**
     * Every message, some in more than one variant: the message, then its code, severity and text. The message is
     * built inside the test that checks it, so that a mutation tool sees which test reads which wording.
     */
    static Stream<Arguments> everyMessage() {
        return Stream.of(
                pinned(
                        () -> Messages.notAnInterface("p.Foo", "a class"),
                        "not-an-interface", Severity.ERROR,
                        "@WasmModule applies to interfaces only, but p.Foo is a class: make it an interface, "
                                + "and the processor generates the class that implements it"),
                pinned(
                        () -> Messages.privateInterface("@WasmModule", "p.Outer.Foo"),
                        "private-interface", Severity.ERROR,
                        "@WasmModule interface p.Outer.Foo is private or nested in a private type, so the "
                                + "generated class cannot use it: make it package-private or public"),
                pinned(
                        () -> Messages.genericInterface("@HostModule", "p.Env", "<T>"),
                        "generic-interface", Severity.ERROR,
                        "@HostModule interface p.Env declares type parameters <T>, but wasm functions have "
                                + "fixed types: remove the type parameters"),
                pinned(
                        () -> Messages.invalidModuleName("greeter.wat"),
                        "invalid-module-name", Severity.ERROR,
                        "@WasmModule(\"greeter.wat\") must name a .wasm classpath resource, such as "
                                + "\"greet.wasm\": give the module's file name"),
                pinned(
                        () -> Messages.absoluteModuleName("//wasm/greet.wasm"),
                        "absolute-module-name", Severity.ERROR,
                        "@WasmModule(\"//wasm/greet.wasm\") is resolved from the classpath root already, "
                                + "without a leading slash (as ClassLoader resources are): write \"wasm/greet.wasm\""),
                pinned(
                        () -> Messages.emptyRawImport(".*"),
                        "empty-raw-import", Severity.ERROR,
                        "@RawImport .* has an empty module or function name, but every import the guest makes "
                                + "has both: give the import module, such as @RawImport(module = \"env\", names = "
                                + "\"log\")"),
                pinned(
                        () -> Messages.rawImportServedByHost("env.log", "p.Env"),
                        "raw-import-served-by-host", Severity.ERROR,
                        "@RawImport claims env.log, which host interface p.Env already implements: an import "
                                + "has one implementation; remove it from rawImports, or remove the method from "
                                + "p.Env"),
                pinned(
                        () -> Messages.hostModuleNotAnInterface("p.Env", "an enum"),
                        "host-module-not-an-interface", Severity.ERROR,
                        "@HostModule applies to interfaces only, but p.Env is an enum: declare the host "
                                + "functions in an interface, implement it with this class, and list the interface in "
                                + "@WasmModule(imports = ...)"),
                pinned(
                        () -> Messages.emptyHostModuleName("p.Env"),
                        "empty-host-module-name", Severity.ERROR,
                        "@HostModule on p.Env has an empty module name, but the guest imports each function "
                                + "from a named module: give the module name of its imports, such as "
                                + "@HostModule(\"env\") for //go:wasmimport env log"),
                pinned(
                        () -> Messages.unsupportedHostResult("int[]", "name()"),
                        "unsupported-host-result", Severity.ERROR,
                        "host function `name()` returns int[], but a host function returns void or one of boolean, "
                                + "byte, short, char, int, long, float, double, String, byte[]: return one of these (a "
                                + "String or byte[] goes to the guest in memory its allocator gives), or pass the data "
                                + "through a GuestBufferWriter parameter"),
                pinned(
                        () -> Messages.guestAllocatorWrongType("int"),
                        "guest-allocator-wrong-type", Severity.ERROR,
                        "@GuestAllocator applies to host functions returning String or byte[] only, not int: remove "
                                + "it (only those results are allocated in guest memory)"),
                pinned(
                        () -> Messages.emptyGuestAllocator("String name()"),
                        "empty-guest-allocator", Severity.ERROR,
                        "@GuestAllocator on `String name()` names no export, but the result is allocated with a guest "
                                + "export of type (i32) -> i32: give its name, such as @GuestAllocator(\"wasm_malloc\"), "
                                + "or remove the annotation to use the guest's own allocator"),
                pinned(
                        () -> Messages.packedOrderWrongType("int"),
                        "packed-order-wrong-type", Severity.ERROR,
                        "@PackedOrder applies to methods whose String or byte[] result is packed in an i64, not to a "
                                + "int result: remove it, or put it on the interface as the default of its packed "
                                + "results"),
                pinned(
                        Messages::emptyAllocatorExport,
                        "empty-allocator-export", Severity.ERROR,
                        "@AllocatorExports names no allocate export: give the name of the guest's export of type "
                                + "(i32) -> i32 (such as allocate = \"alloc\"), or of cabi_realloc's type, or remove "
                                + "the annotation to recognise the allocator from the module's exports"),
                pinned(
                        () -> Messages.hostCheckedException("log(String)", "java.io.IOException"),
                        "host-checked-exception", Severity.ERROR,
                        "host function `log(String)` declares checked exception java.io.IOException, which "
                                + "cannot cross the guest's frames: remove it from the throws clause and throw an "
                                + "unchecked exception instead (the caller of the export gets it as the cause of a "
                                + "WasmCallException)"),
                pinned(
                        () -> Messages.duplicateImport("log", "print(String)", "log(String)"),
                        "duplicate-import", Severity.ERROR,
                        "`print(String)` implements import \"log\", which `log(String)` already implements: "
                                + "each import is implemented by one method; remove one of them or change its @Import "
                                + "name"),
                pinned(
                        () -> Messages.notAHostModule("java.lang.Runnable"),
                        "not-a-host-module", Severity.ERROR,
                        "@WasmModule(imports = ...) lists java.lang.Runnable, which is not an interface "
                                + "annotated @HostModule: list the interface that declares the guest's imports, "
                                + "annotated with its module name, such as @HostModule(\"env\")"),
                pinned(
                        () -> Messages.duplicateHostModule("env", "p.Logging", "p.Env"),
                        "duplicate-host-module", Severity.ERROR,
                        "@WasmModule(imports = ...) lists p.Logging for module \"env\", which p.Env already "
                                + "provides: one host interface per module; declare all of the module's functions in "
                                + "p.Env, and remove p.Logging from imports"),
                pinned(
                        () -> Messages.duplicateSetter("env", "p.Foo.Env", "p.Env"),
                        "duplicate-setter", Severity.ERROR,
                        "@WasmModule(imports = ...) lists p.Foo.Env and p.Env, which both give the builder "
                                + "method `env(...)`: the method is named after the interface, so rename one of the "
                                + "interfaces"),
                pinned(
                        () -> Messages.setterIsKeyword("int", "p.Int"),
                        "setter-is-keyword", Severity.ERROR,
                        "@WasmModule(imports = ...) lists p.Int, which gives the builder method `int(...)`, "
                                + "but int is a Java keyword: rename the interface"),
                pinned(
                        () -> Messages.genericMethod("add(int, int)"),
                        "generic-method", Severity.ERROR,
                        "`add(int, int)` declares type parameters, but a wasm function has fixed types: "
                                + "remove them and use concrete types"),
                pinned(
                        () -> Messages.checkedException("f()", "java.io.IOException"),
                        "checked-exception", Severity.ERROR,
                        "`f()` declares checked exception java.io.IOException, which a wasm export never "
                                + "throws (failures surface as the unchecked WasmCallException): remove it from the "
                                + "throws clause"),
                pinned(
                        () -> Messages.reservedMethod("close"),
                        "reserved-method", Severity.ERROR,
                        "`close()` clashes with the generated class's own close() method: rename the method "
                                + "and keep the export name with @Export"),
                pinned(
                        () -> Messages.duplicateExport("Add", "plus(int, int)", "add(int, int)"),
                        "duplicate-export", Severity.ERROR,
                        "`plus(int, int)` binds export \"Add\", which `add(int, int)` already binds: each "
                                + "export is bound by one method; remove one of them or change its @Export name"),
                pinned(
                        () -> Messages.annotationIgnored("@Export", "twice(int)"),
                        "annotation-ignored", Severity.WARNING,
                        "@Export on `twice(int)` has no effect: default and static methods are not bound to "
                                + "the module; make the method abstract to bind it, or remove @Export"),
                pinned(
                        () -> Messages.misplacedAnnotation("@Import", "add(int, int)", "@HostModule"),
                        "misplaced-annotation", Severity.ERROR,
                        "@Import on `add(int, int)` belongs on methods of @HostModule interfaces and would "
                                + "do nothing here: remove it"),
                pinned(
                        () -> Messages.recordParameter("p.Foo.Point", "point"),
                        "record-parameter", Severity.ERROR,
                        "parameter `point` is record p.Foo.Point, but the TinyGo ABI passes structs by "
                                + "pointer, which wasmbind does not support: pass the components as separate "
                                + "parameters, or the record itself as an opaque @Handle if the guest only hands it "
                                + "back"),
                pinned(
                        () -> Messages.unsupportedResult("java.util.List<java.lang.String>", "names()"),
                        "unsupported-result", Severity.ERROR,
                        "`names()` returns java.util.List<java.lang.String>, which has no TinyGo ABI "
                                + "lowering: a result must be void, boolean, byte, short, char, int, long, float, "
                                + "double, String, byte[], int[], long[], float[], double[] or a record (or Kotlin "
                                + "data class) of these"),
                pinned(
                        () -> Messages.unsupportedComponent("Named", "tag", "java.lang.Object"),
                        "unsupported-component", Severity.ERROR,
                        "record component `Named.tag` has type java.lang.Object, which has no TinyGo ABI "
                                + "lowering: a component must be one of boolean, byte, short, char, int, long, float, "
                                + "double, String, byte[], int[], long[], float[], double[] or a record (or Kotlin "
                                + "data class) of these"),
                pinned(
                        () -> Messages.emptyRecord("p.Foo.Empty"),
                        "empty-record", Severity.ERROR,
                        "record p.Foo.Empty has no components, so it has no C layout to read: add "
                                + "components, or return void"),
                pinned(
                        () -> Messages.recursiveRecord("Link", "node"),
                        "recursive-record", Severity.ERROR,
                        "record component `Link.node` contains Link again, and a struct cannot contain "
                                + "itself: use a different record type"),
                pinned(
                        () -> Messages.privateRecord("p.Outer.Secret"),
                        "private-record", Severity.ERROR,
                        "record p.Outer.Secret is private or nested in a private type, so the generated "
                                + "class cannot create it: make it package-private or public"),
                pinned(
                        () -> Messages.nullableParameter("name", "String?", "String"),
                        "nullable-value", Severity.ERROR,
                        "parameter `name` is declared `String?`, but null cannot cross between Java and a wasm "
                                + "guest: the TinyGo ABI has no null string, slice or struct, so a null argument "
                                + "would fail the call and a result is never null; declare `String`"),
                pinned(
                        () -> Messages.nullableResult("tag(Int)", "ByteArray?", "ByteArray"),
                        "nullable-value", Severity.ERROR,
                        "`tag(Int)` returns `ByteArray?`, but null cannot cross between Java and a wasm guest: "
                                + "the TinyGo ABI has no null string, slice or struct, so a null argument would "
                                + "fail the call and a result is never null; declare `ByteArray`"),
                pinned(
                        () -> Messages.nullableComponent("Person", "name", "@Nullable String", "String"),
                        "nullable-value", Severity.ERROR,
                        "`Person.name` is declared `@Nullable String`, but null cannot cross between Java and a "
                                + "wasm guest: the TinyGo ABI has no null string, slice or struct, so a null "
                                + "argument would fail the call and a result is never null; declare `String`"),
                pinned(
                        () -> Messages.hiddenKotlinFunction("fun add(a: UInt, b: ULong): UInt", "p.Calc",
                                List.of("kotlin.UInt", "kotlin.ULong")),
                        "hidden-kotlin-function", Severity.ERROR,
                        "`fun add(a: UInt, b: ULong): UInt` of p.Calc is missing from the Java stub that kapt "
                                + "gives annotation processors: Kotlin mangles the JVM name of a function with a "
                                + "value class in its signature, and the binding could not implement it; declare "
                                + "`@Unsigned Long` (0 to 4294967295) or `Int` (the bits kept) instead of `UInt` and "
                                + "`Long` (the bits kept) instead of `ULong`"),
                pinned(
                        () -> Messages.hiddenKotlinFunction("fun f(a: UByte, b: UShort)", "p.Small",
                                List.of("kotlin.UByte", "kotlin.UShort")),
                        "hidden-kotlin-function", Severity.ERROR,
                        "`fun f(a: UByte, b: UShort)` of p.Small is missing from the Java stub that kapt gives "
                                + "annotation processors: Kotlin mangles the JVM name of a function with a value "
                                + "class in its signature, and the binding could not implement it; declare "
                                + "`@Unsigned Byte` instead of `UByte` and `@Unsigned Short` instead of `UShort`"),
                pinned(
                        () -> Messages.hiddenKotlinFunction("fun at(p: Meters)", "p.Map", List.of("p.Meters")),
                        "hidden-kotlin-function", Severity.ERROR,
                        "`fun at(p: Meters)` of p.Map is missing from the Java stub that kapt gives annotation "
                                + "processors: Kotlin mangles the JVM name of a function with a value class in its "
                                + "signature, and the binding could not implement it; declare the type that "
                                + "`Meters` wraps instead of `Meters`"),
                pinned(
                        () -> Messages.hiddenKotlinFunction("fun odd()", "p.Odd", List.of()),
                        "hidden-kotlin-function", Severity.ERROR,
                        "`fun odd()` of p.Odd is missing from the Java stub that kapt gives annotation "
                                + "processors: Kotlin mangles the JVM name of a function with a value class in its "
                                + "signature, and the binding could not implement it; declare it with types that "
                                + "leave its JVM name as it is"),
                pinned(
                        () -> Messages.borrowedWrongPlace("int", "count"),
                        "borrowed-wrong-place", Severity.ERROR,
                        "@Borrowed on parameter `count` (int) has no effect: it applies to String and array parameters "
                                + "of exports, which the binding copies into guest memory; remove it"),
                pinned(
                        () -> Messages.handleWrongType("java.util.List<java.lang.String>"),
                        "handle-wrong-type", Severity.ERROR,
                        "@Handle applies to class, interface and array types without type arguments, not to "
                                + "java.util.List<java.lang.String>: pass a primitive as itself, and wrap a generic "
                                + "type in a class of your own"),
                pinned(
                        () -> Messages.ptrLenWrongType("int"),
                        "ptr-len-wrong-type", Severity.ERROR,
                        "@PtrLen applies to String and array parameters only, not to int: remove it (it passes a "
                                + "region of memory as (ptr, len))"),
                pinned(
                        () -> Messages.ambiguousLowering("void f(byte[] a, byte[] b)", "F", "m.wasm",
                                "(i32, i32, i32, i32, i32) -> nil",
                                List.of("`a` as (ptr, len, cap), `b` as (ptr, len)",
                                        "`a` as (ptr, len), `b` as (ptr, len, cap)")),
                        "ambiguous-lowering", Severity.ERROR,
                        "`void f(byte[] a, byte[] b)` binds `F`, whose type (i32, i32, i32, i32, i32) -> nil in m.wasm "
                                + "fits 2 lowerings of its parameters and result: 1) `a` as (ptr, len, cap), `b` as "
                                + "(ptr, len); 2) `a` as (ptr, len), `b` as (ptr, len, cap): say which the guest means "
                                + "with @PtrLen on the parameters passed as (ptr, len), and @PackedResult on a result "
                                + "returned packed as ptr << 32 | len"),
                pinned(
                        () -> Messages.unsignedWrongType("int"),
                        "unsigned-wrong-type", Severity.ERROR,
                        "@Unsigned applies to byte (uint8), short (uint16) and long (uint32) only, not to "
                                + "int: remove it (int and long already carry uint32 and uint64 bits; char is uint16)"),
                pinned(
                        () -> Messages.packedResultWrongType("long"),
                        "packed-result-wrong-type", Severity.ERROR,
                        "@PackedResult applies to String and byte[] results only, not to long: remove it, or "
                                + "return String or byte[]"),
                pinned(
                        () -> Messages.hostFreesWrongType("p.Foo.Named"),
                        "host-frees-wrong-type", Severity.ERROR,
                        "@HostFrees applies to String and array results only, not to p.Foo.Named: remove it "
                                + "(wasmbind cannot free memory that a record's components point to)"),
                pinned(
                        () -> Messages.invalidEngine("jit", List.of("compiler", "interpreter")),
                        "invalid-engine", Severity.ERROR,
                        "-Awasmbind.defaultEngine=jit is not an engine: use one of compiler, interpreter"),
                pinned(
                        () -> Messages.invalidBooleanOption("wasmbind.deferMissingModules", "yes"),
                        "invalid-boolean-option", Severity.ERROR,
                        "-Awasmbind.deferMissingModules=yes is not a boolean: use true or false"),
                pinned(
                        () -> Messages.invalidFlavour("graal", List.of("chicory", "endive")),
                        "invalid-flavour", Severity.ERROR,
                        "-Awasmbind.flavour=graal is not an engine flavour: use one of chicory, endive"),
                pinned(
                        () -> Messages.flavourNotServed(EngineFlavour.ENDIVE, EngineFlavour.CHICORY),
                        "flavour-not-served", Severity.ERROR,
                        "-Awasmbind.flavour=endive asks for code for Endive, but the annotation processor "
                                + "wasmbind-processor generates code for Chicory: use wasmbind-processor-endive as "
                                + "the annotation processor, or drop the option"),
                pinned(
                        () -> Messages.flavourMismatch(EngineFlavour.ENDIVE, EngineFlavour.CHICORY),
                        "flavour-mismatch", Severity.ERROR,
                        "the class path holds Endive (run.endive) and not Chicory (com.dylibso.chicory), but the "
                                + "annotation processor wasmbind-processor generates code and compiles modules for "
                                + "Chicory: use wasmbind-processor-endive as the annotation processor (Maven: "
                                + "annotationProcessorPaths, Gradle: annotationProcessor), or depend on "
                                + "wasmbind-runtime instead of wasmbind-runtime-endive to stay on Chicory"),
                pinned(
                        () -> Messages.flavourMismatch(EngineFlavour.CHICORY, EngineFlavour.ENDIVE),
                        "flavour-mismatch", Severity.ERROR,
                        "the class path holds Chicory (com.dylibso.chicory) and not Endive (run.endive), but the "
                                + "annotation processor wasmbind-processor-endive generates code and compiles "
                                + "modules for Endive: use wasmbind-processor as the annotation processor (Maven: "
                                + "annotationProcessorPaths, Gradle: annotationProcessor), or depend on "
                                + "wasmbind-runtime-endive instead of wasmbind-runtime to stay on Endive"),
                pinned(
                        () -> Messages.bothFlavours(EngineFlavour.ENDIVE, EngineFlavour.CHICORY),
                        "both-flavours", Severity.ERROR,
                        "the class path holds both Endive (run.endive) and Chicory (com.dylibso.chicory), and the "
                                + "annotation processor wasmbind-processor-endive generates code for Endive: depend "
                                + "on wasmbind-runtime-endive alone, not also on wasmbind-runtime; if the "
                                + "application uses Chicory for itself, confirm with -Awasmbind.flavour=endive"),
                pinned(
                        () -> Messages.moduleNotFound("greet.wasm", List.of(
                                new ModuleLocator.Searched("the class output", "/p/target/classes",
                                        ModuleLocator.Listing.LISTED, List.of()),
                                new ModuleLocator.Searched("the source path entry", "mem:///SOURCE/",
                                        ModuleLocator.Listing.NOT_LISTED, List.of())), List.of()),
                        "module-not-found", Severity.ERROR,
                        "wasm module \"greet.wasm\" is in none of the directories searched while compiling: the "
                                + "class output /p/target/classes (no .wasm files), the source path entry "
                                + "mem:///SOURCE/ (contents not listed), wasmbind.modulePath (not set); put the "
                                + "module in one of these directories, or pass its directory with "
                                + "-Awasmbind.modulePath=<dir> (Maven copies src/main/resources to the class output "
                                + "before compiling, Gradle does not). For a module "
                                + "produced after compiling, set @WasmModule(deferIfMissing = true) or "
                                + "-Awasmbind.deferMissingModules=true, and the binding is checked when it loads"),
                pinned(
                        () -> Messages.moduleNotFound("greet.wasm", List.of(
                                new ModuleLocator.Searched("the class output", "/p/target/kaptClasses",
                                        ModuleLocator.Listing.LISTED, List.of())), List.of(), true),
                        "module-not-found", Severity.ERROR,
                        "wasm module \"greet.wasm\" is in none of the directories searched while compiling: the "
                                + "class output /p/target/kaptClasses (no .wasm files), wasmbind.modulePath (not "
                                + "set); put the module in one of these directories, or pass its directory to kapt "
                                + "as wasmbind.modulePath=<dir> (kapt runs before Maven copies src/main/resources to "
                                + "the class output, and Gradle keeps them apart): Maven's kapt "
                                + "<annotationProcessorArgs>, Gradle's kapt { arguments { arg(...) } }. For a module "
                                + "produced after compiling, set @WasmModule(deferIfMissing = true) or "
                                + "-Awasmbind.deferMissingModules=true, and the binding is checked when it loads"),
                pinned(
                        () -> Messages.moduleNotFound("wasm/greeter.wasm", List.of(
                                new ModuleLocator.Searched("wasmbind.modulePath entry", "/a",
                                        ModuleLocator.Listing.MISSING, List.of()),
                                new ModuleLocator.Searched("wasmbind.modulePath entry", "/b",
                                        ModuleLocator.Listing.LISTED, List.of("a.wasm", "b.wasm", "c.wasm",
                                                "d.wasm", "e.wasm", "f.wasm", "g.wasm", "greeter.wasm",
                                                "wasm/greet.wasm", "x/greeter.wasm"))),
                                List.of("greeter.wasm", "x/greeter.wasm")),
                        "module-not-found", Severity.ERROR,
                        "wasm module \"wasm/greeter.wasm\" is in none of the directories searched while "
                                + "compiling: wasmbind.modulePath entry /a (does not exist), wasmbind.modulePath "
                                + "entry /b (a.wasm, b.wasm, c.wasm, d.wasm, e.wasm, f.wasm, g.wasm, greeter.wasm "
                                + "and 2 more); did you mean \"greeter.wasm\" or \"x/greeter.wasm\"? Correct the "
                                + "@WasmModule name. For a module produced after compiling, set "
                                + "@WasmModule(deferIfMissing = true) or -Awasmbind.deferMissingModules=true, and "
                                + "the binding is checked when it loads"),
                pinned(
                        () -> Messages.moduleNotFound("greet.wasm", List.of(
                                new ModuleLocator.Searched("wasmbind.modulePath entry", "/b",
                                        ModuleLocator.Listing.LISTED, List.of("a.wasm", "b.wasm", "c.wasm",
                                                "d.wasm", "e.wasm", "f.wasm", "g.wasm", "h.wasm"))),
                                List.of()),
                        "module-not-found", Severity.ERROR,
                        "wasm module \"greet.wasm\" is in none of the directories searched while compiling: "
                                + "wasmbind.modulePath entry /b (a.wasm, b.wasm, c.wasm, d.wasm, e.wasm, f.wasm, "
                                + "g.wasm, h.wasm); put the module in one of these directories, or pass its "
                                + "directory with -Awasmbind.modulePath=<dir> (Maven copies src/main/resources to "
                                + "the class output before compiling, Gradle does not). For a module produced "
                                + "after compiling, set @WasmModule(deferIfMissing = true) or "
                                + "-Awasmbind.deferMissingModules=true, and the binding is checked when it loads"),
                pinned(
                        () -> Messages.corruptModule("greet.wasm", "/classes/greet.wasm",
                                new InvalidModuleException("greet.wasm", "section size mismatch", null)),
                        "corrupt-module", Severity.ERROR,
                        "wasm module \"greet.wasm\" (/classes/greet.wasm) is not a valid wasm module: section "
                                + "size mismatch; rebuild it, or fix the @WasmModule name"),
                pinned(
                        () -> Messages.corruptModule("greet.wasm", "/classes/greet.wasm",
                                InvalidModuleException.notWasm("greet.wasm", "Hello".getBytes(StandardCharsets.UTF_8))),
                        "corrupt-module", Severity.ERROR,
                        "wasm module \"greet.wasm\" (/classes/greet.wasm) is not a wasm module: it starts with "
                                + "48 65 6c 6c, where every wasm module starts with 00 61 73 6d (\"\\0asm\"); fix the "
                                + "@WasmModule name, or put the module there"),
                pinned(
                        () -> Messages.unreadableModule("greet.wasm", "Permission denied"),
                        "unreadable-module", Severity.ERROR,
                        "wasm module \"greet.wasm\" was found but cannot be read: Permission denied; check "
                                + "the file's permissions"),
                pinned(
                        () -> Messages.buildTimeCompileFailed("greet.wasm", "method too large"),
                        "build-time-compile-failed", Severity.WARNING,
                        "wasm module \"greet.wasm\" could not be compiled to JVM classes at build time: method too "
                                + "large; the binding compiles it when it loads instead, or runs it on the interpreter if "
                                + "that fails too"),
                pinned(
                        () -> Messages.cannotWrite("p.FooWasm", "disk full"),
                        "cannot-write", Severity.ERROR,
                        "cannot write the generated p.FooWasm: disk full; check that the generated-sources "
                                + "directory is writable"),
                pinned(
                        () -> Messages.internalError("p.Foo", new IllegalStateException("boom")),
                        "internal-error", Severity.ERROR,
                        "wasmbind could not process p.Foo: java.lang.IllegalStateException: boom; this is a "
                                + "bug in wasmbind, please report it with this interface"),
                pinned(
                        () -> Messages.unsupportedParameter("java.lang.Object", "o", Position.EXPORT_PARAMETER),
                        "unsupported-parameter", Severity.ERROR,
                        "parameter `o` has type java.lang.Object, which has no TinyGo ABI lowering: a parameter "
                                + "must be one of boolean, byte, short, char, int, long, float, double, String, "
                                + "byte[], int[], long[], float[], double[]"),
                pinned(
                        () -> Messages.unsupportedParameter("java.lang.Object", "o", Position.HOST_PARAMETER),
                        "unsupported-parameter", Severity.ERROR,
                        "parameter `o` has type java.lang.Object, which has no TinyGo ABI lowering: a parameter "
                                + "must be one of boolean, byte, short, char, int, long, float, double, String, "
                                + "byte[], int[], long[], float[], double[], GuestBufferWriter"));
    }

    private static Arguments pinned(Supplier<Message> message, String code, Severity severity, String text) {
        return Arguments.of(message, code, severity, text);
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("everyMessage")
    void pinsIdSeverityAndText(Supplier<Message> built, String code, Severity severity, String text) {
        Message message = built.get();

        assertThat(message.id().code()).isEqualTo(code);
        assertThat(message.severity()).isEqualTo(severity);
        assertThat(message.text()).isEqualTo(text);
    }

    @Test
    void everyIdIsPinned() {
        Set<MessageId> pinned = everyMessage()
                .map(arguments -> ((Supplier<?>) arguments.get()[0]).get())
                .map(message -> ((Message) message).id())
                .collect(Collectors.toSet());

        assertThat(pinned).containsExactlyInAnyOrder(Messages.Id.values());
    }

    @Test
    void codesAreUniqueAmongBothCataloguesAndKebabCase() {
        List<String> codes = Stream.concat(Stream.of(Messages.Id.values()), Stream.of(LinkMessages.Id.values()))
                .map(MessageId::code)
                .toList();

        assertThat(codes).doesNotHaveDuplicates().allMatch(code -> code.matches("[a-z]+(-[a-z]+)*"));
    }

    @Test
    void aDiagnosticStartsWithItsIdInBrackets() {
        assertThat(Reporter.text(Messages.reservedMethod("close")))
                .isEqualTo("[wasmbind:reserved-method] `close()` clashes with the generated class's own close() "
                        + "method: rename the method and keep the export name with @Export");
    }

    @Test
    void aHostInterfaceFromTheClassPathKeepsTheIdOfItsProblem() {
        Message problem = Messages.emptyRecord("p.Env.Empty");

        assertThat(Messages.inHostModuleOnClassPath("p.Env", problem)).isEqualTo(new Message(Messages.Id.EMPTY_RECORD,
                "host interface p.Env (from the class path): " + problem.text()));
    }
}
