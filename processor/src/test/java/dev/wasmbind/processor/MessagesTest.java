package dev.wasmbind.processor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wasmbind.processor.kinds.Position;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The exact text of every diagnostic, written out: the other tests build their expected messages with
 * {@link Messages}, so only here does a changed or lost word show.
 */
class MessagesTest {

    @Test
    void theInterface() {
        assertThat(Messages.notAnInterface("p.Foo", "a class"))
                .isEqualTo("@WasmModule applies to interfaces only, but p.Foo is a class: make it an interface, "
                        + "and the processor generates the class that implements it");
        assertThat(Messages.privateInterface("@WasmModule", "p.Outer.Foo"))
                .isEqualTo("@WasmModule interface p.Outer.Foo is private or nested in a private type, so the "
                        + "generated class cannot use it: make it package-private or public");
        assertThat(Messages.genericInterface("@HostModule", "p.Env", "<T>"))
                .isEqualTo("@HostModule interface p.Env declares type parameters <T>, but wasm functions have "
                        + "fixed types: remove the type parameters");
        assertThat(Messages.invalidModuleName("greeter.wat"))
                .isEqualTo("@WasmModule(\"greeter.wat\") must name a .wasm classpath resource, such as "
                        + "\"greet.wasm\": give the module's file name");
        assertThat(Messages.absoluteModuleName("//wasm/greet.wasm"))
                .isEqualTo("@WasmModule(\"//wasm/greet.wasm\") is resolved from the classpath root already, "
                        + "without a leading slash (as ClassLoader resources are): write \"wasm/greet.wasm\"");
    }

    @Test
    void rawImports() {
        assertThat(Messages.emptyRawImport(".*"))
                .isEqualTo("@RawImport .* has an empty module or function name, but every import the guest makes has "
                        + "both: give the import module, such as @RawImport(module = \"env\", names = \"log\")");
        assertThat(Messages.rawImportServedByHost("env.log", "p.Env"))
                .isEqualTo("@RawImport claims env.log, which host interface p.Env already implements: an import "
                        + "has one implementation; remove it from rawImports, or remove the method from p.Env");
    }

    @Test
    void hostInterfacesAndImports() {
        assertThat(Messages.hostModuleNotAnInterface("p.Env", "an enum"))
                .isEqualTo("@HostModule applies to interfaces only, but p.Env is an enum: declare the host "
                        + "functions in an interface, implement it with this class, and list the interface in "
                        + "@WasmModule(imports = ...)");
        assertThat(Messages.emptyHostModuleName("p.Env"))
                .isEqualTo("@HostModule on p.Env has an empty module name, but the guest imports each function "
                        + "from a named module: give the module name of its imports, such as "
                        + "@HostModule(\"env\") for //go:wasmimport env log");
        assertThat(Messages.hostResultNotScalar("java.lang.String", "name()"))
                .isEqualTo("host function `name()` returns java.lang.String, but a host function returns only "
                        + "void or a primitive (boolean, byte, short, char, int, long, float, double): the "
                        + "guest cannot take memory from the host this way; return void and pass the data back "
                        + "through an export of the guest");
        assertThat(Messages.hostCheckedException("log(String)", "java.io.IOException"))
                .isEqualTo("host function `log(String)` declares checked exception java.io.IOException, which "
                        + "cannot cross the guest's frames: remove it from the throws clause and throw an "
                        + "unchecked exception instead (the caller of the export gets it as the cause of a "
                        + "WasmCallException)");
        assertThat(Messages.duplicateImport("log", "print(String)", "log(String)"))
                .isEqualTo("`print(String)` implements import \"log\", which `log(String)` already implements: "
                        + "each import is implemented by one method; remove one of them or change its @Import "
                        + "name");
        assertThat(Messages.notAHostModule("java.lang.Runnable"))
                .isEqualTo("@WasmModule(imports = ...) lists java.lang.Runnable, which is not an interface "
                        + "annotated @HostModule: list the interface that declares the guest's imports, "
                        + "annotated with its module name, such as @HostModule(\"env\")");
        assertThat(Messages.duplicateHostModule("env", "p.Logging", "p.Env"))
                .isEqualTo("@WasmModule(imports = ...) lists p.Logging for module \"env\", which p.Env already "
                        + "provides: one host interface per module; declare all of the module's functions in "
                        + "p.Env, and remove p.Logging from imports");
        assertThat(Messages.duplicateSetter("env", "p.Foo.Env", "p.Env"))
                .isEqualTo("@WasmModule(imports = ...) lists p.Foo.Env and p.Env, which both give the builder "
                        + "method `env(...)`: the method is named after the interface, so rename one of the "
                        + "interfaces");
        assertThat(Messages.setterIsKeyword("int", "p.Int"))
                .isEqualTo("@WasmModule(imports = ...) lists p.Int, which gives the builder method `int(...)`, "
                        + "but int is a Java keyword: rename the interface");
        assertThat(Messages.inHostModuleOnClassPath("p.Env", "the problem"))
                .isEqualTo("host interface p.Env (from the class path): the problem");
    }

    @Test
    void methods() {
        assertThat(Messages.genericMethod("add(int, int)"))
                .isEqualTo("`add(int, int)` declares type parameters, but a wasm function has fixed types: "
                        + "remove them and use concrete types");
        assertThat(Messages.checkedException("f()", "java.io.IOException"))
                .isEqualTo("`f()` declares checked exception java.io.IOException, which a wasm export never "
                        + "throws (failures surface as the unchecked WasmCallException): remove it from the "
                        + "throws clause");
        assertThat(Messages.reservedMethod("close"))
                .isEqualTo("`close()` clashes with the generated class's own close() method: rename the method "
                        + "and keep the export name with @Export");
        assertThat(Messages.duplicateExport("Add", "plus(int, int)", "add(int, int)"))
                .isEqualTo("`plus(int, int)` binds export \"Add\", which `add(int, int)` already binds: each "
                        + "export is bound by one method; remove one of them or change its @Export name");
        assertThat(Messages.annotationIgnored("@Export", "twice(int)"))
                .isEqualTo("@Export on `twice(int)` has no effect: default and static methods are not bound to "
                        + "the module; make the method abstract to bind it, or remove @Export");
        assertThat(Messages.misplacedAnnotation("@Import", "add(int, int)", "@HostModule"))
                .isEqualTo("@Import on `add(int, int)` belongs on methods of @HostModule interfaces and would "
                        + "do nothing here: remove it");
    }

    @Test
    void types() {
        assertThat(Messages.recordParameter("p.Foo.Point", "point"))
                .isEqualTo("parameter `point` is record p.Foo.Point, but the TinyGo ABI passes structs by "
                        + "pointer, which wasmbind does not support: pass the components as separate parameters");
        assertThat(Messages.unsupportedResult("java.util.List<java.lang.String>", "names()"))
                .isEqualTo("`names()` returns java.util.List<java.lang.String>, which has no TinyGo ABI "
                        + "lowering: a result must be void, boolean, byte, short, char, int, long, float, "
                        + "double, String, byte[], int[], long[], float[], double[] or a record of these");
        assertThat(Messages.unsupportedComponent("Named", "tag", "java.lang.Object"))
                .isEqualTo("record component `Named.tag` has type java.lang.Object, which has no TinyGo ABI "
                        + "lowering: a component must be one of boolean, byte, short, char, int, long, float, "
                        + "double, String, byte[], int[], long[], float[], double[] or a record of these");
        assertThat(Messages.emptyRecord("p.Foo.Empty"))
                .isEqualTo("record p.Foo.Empty has no components, so it has no C layout to read: add "
                        + "components, or return void");
        assertThat(Messages.recursiveRecord("Link", "node"))
                .isEqualTo("record component `Link.node` contains Link again, and a struct cannot contain "
                        + "itself: use a different record type");
        assertThat(Messages.privateRecord("p.Outer.Secret"))
                .isEqualTo("record p.Outer.Secret is private or nested in a private type, so the generated "
                        + "class cannot create it: make it package-private or public");
        assertThat(Messages.unsignedWrongType("int"))
                .isEqualTo("@Unsigned applies to byte (uint8), short (uint16) and long (uint32) only, not to "
                        + "int: remove it (int and long already carry uint32 and uint64 bits; char is uint16)");
        assertThat(Messages.packedResultWrongType("long"))
                .isEqualTo("@PackedResult applies to String and byte[] results only, not to long: remove it, or "
                        + "return String or byte[]");
        assertThat(Messages.hostFreesWrongType("p.Foo.Named"))
                .isEqualTo("@HostFrees applies to String and array results only, not to p.Foo.Named: remove it "
                        + "(wasmbind cannot free memory that a record's components point to)");
    }

    @Test
    void optionsAndTheModuleFile() {
        assertThat(Messages.invalidEngine("jit", List.of("compiler", "interpreter")))
                .isEqualTo("-Awasmbind.defaultEngine=jit is not an engine: use one of compiler, interpreter");
        assertThat(Messages.moduleNotFound("greet.wasm", List.of()))
                .isEqualTo("wasm module \"greet.wasm\" was not found at compile time, so the binding was not "
                        + "checked against it; looked in the class output, the source path and "
                        + "wasmbind.modulePath (not set): put the file under src/main/resources, or pass "
                        + "-Awasmbind.modulePath=<dir>; until then the check runs when the binding loads");
        assertThat(Messages.moduleNotFound("greet.wasm", List.of("/a", "/b")))
                .isEqualTo("wasm module \"greet.wasm\" was not found at compile time, so the binding was not "
                        + "checked against it; looked in the class output, the source path and "
                        + "wasmbind.modulePath (/a, /b): put the file under src/main/resources, or pass "
                        + "-Awasmbind.modulePath=<dir>; until then the check runs when the binding loads");
        assertThat(Messages.corruptModule("greet.wasm", "/classes/greet.wasm", "magic number mismatch"))
                .isEqualTo("wasm module \"greet.wasm\" (/classes/greet.wasm) is not a valid wasm module: magic "
                        + "number mismatch; rebuild it, or fix the @WasmModule name");
        assertThat(Messages.unreadableModule("greet.wasm", "Permission denied"))
                .isEqualTo("wasm module \"greet.wasm\" was found but cannot be read: Permission denied; check "
                        + "the file's permissions");
    }

    @Test
    void theProcessorItself() {
        assertThat(Messages.cannotWrite("p.FooWasm", "disk full"))
                .isEqualTo("cannot write the generated p.FooWasm: disk full; check that the generated-sources "
                        + "directory is writable");
        assertThat(Messages.internalError("p.Foo", new IllegalStateException("boom")))
                .isEqualTo("wasmbind could not process p.Foo: java.lang.IllegalStateException: boom; this is a "
                        + "bug in wasmbind, please report it with this interface");
    }

    @Test
    void listsTheTypesAParameterMayHave() {
        assertThat(Messages.unsupportedParameter("java.lang.Object", "o", Position.EXPORT_PARAMETER)).isEqualTo(
                "parameter `o` has type java.lang.Object, which has no TinyGo ABI lowering: a parameter must be one "
                        + "of boolean, byte, short, char, int, long, float, double, String, byte[], int[], long[], "
                        + "float[], double[]");
        assertThat(Messages.unsupportedParameter("java.lang.Object", "o", Position.HOST_PARAMETER)).isEqualTo(
                "parameter `o` has type java.lang.Object, which has no TinyGo ABI lowering: a parameter must be one "
                        + "of boolean, byte, short, char, int, long, float, double, String, byte[], int[], long[], "
                        + "float[], double[], GuestBufferWriter");
    }

    @Test
    void listsTheTypesAResultOrComponentMayHave() {
        assertThat(Messages.unsupportedResult("java.lang.Object", "f()")).isEqualTo(
                "`f()` returns java.lang.Object, which has no TinyGo ABI lowering: a result must be void, boolean, "
                        + "byte, short, char, int, long, float, double, String, byte[], int[], long[], float[], "
                        + "double[] or a record of these");
        assertThat(Messages.unsupportedComponent("Pair", "tag", "java.lang.Object")).isEqualTo(
                "record component `Pair.tag` has type java.lang.Object, which has no TinyGo ABI lowering: a "
                        + "component must be one of boolean, byte, short, char, int, long, float, double, String, "
                        + "byte[], int[], long[], float[], double[] or a record of these");
    }

    @Test
    void listsThePrimitivesAHostFunctionMayReturn() {
        assertThat(Messages.hostResultNotScalar("java.lang.String", "name()")).isEqualTo(
                "host function `name()` returns java.lang.String, but a host function returns only void or a "
                        + "primitive (boolean, byte, short, char, int, long, float, double): the guest cannot take "
                        + "memory from the host this way; return void and pass the data back through an export of "
                        + "the guest");
    }
}
