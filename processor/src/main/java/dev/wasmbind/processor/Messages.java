package dev.wasmbind.processor;

import dev.wasmbind.processor.kinds.Position;
import dev.wasmbind.processor.kinds.ValueKinds;
import java.util.List;

/**
 * The text of every diagnostic the processor reports, except link problems (those come from
 * {@link dev.wasmbind.runtime.internal.link.LinkMessages}, shared with the runtime). Each states the rule, quotes the bad value
 * and suggests the fix. Tests build their expected messages here.
 */
public final class Messages {
    private Messages() {}

    // --- the interface

    /** {@code kind} is "a class", "an enum", "a record" or "an annotation type". */
    public static String notAnInterface(String name, String kind) {
        return "@WasmModule applies to interfaces only, but " + name + " is " + kind
                + ": make it an interface, and the processor generates the class that implements it";
    }

    /** {@code annotation} is {@code @WasmModule} or {@code @HostModule}. */
    public static String privateInterface(String annotation, String name) {
        return annotation + " interface " + name + " is private or nested in a private type, so the generated class "
                + "cannot use it: make it package-private or public";
    }

    public static String genericInterface(String annotation, String name, String typeParameters) {
        return annotation + " interface " + name + " declares type parameters " + typeParameters
                + ", but wasm functions have fixed types: remove the type parameters";
    }

    public static String invalidModuleName(String value) {
        return "@WasmModule(\"" + value + "\") must name a .wasm classpath resource, such as \"greet.wasm\": "
                + "give the module's file name";
    }

    public static String absoluteModuleName(String value) {
        return "@WasmModule(\"" + value + "\") is resolved from the classpath root already, without a leading "
                + "slash (as ClassLoader resources are): write \"" + value.replaceFirst("^/+", "") + "\"";
    }

    // --- host interfaces and imports

    /** {@code kind} is "a class", "an enum", "a record" or "an annotation type". */
    public static String hostModuleNotAnInterface(String name, String kind) {
        return "@HostModule applies to interfaces only, but " + name + " is " + kind + ": declare the host "
                + "functions in an interface, implement it with this class, and list the interface in "
                + "@WasmModule(imports = ...)";
    }

    public static String emptyHostModuleName(String name) {
        return "@HostModule on " + name + " has an empty module name, but the guest imports each function from a "
                + "named module: give the module name of its imports, such as @HostModule(\"env\") for "
                + "//go:wasmimport env log";
    }

    public static String hostResultNotScalar(String type, String method) {
        return "host function `" + method + "` returns " + type + ", but a host function returns only void or a "
                + "primitive (" + ValueKinds.listed(Position.HOST_RESULT) + "): the guest cannot take memory "
                + "from the host this way; return void and pass the data back through an export of the guest";
    }

    public static String hostCheckedException(String method, String exception) {
        return "host function `" + method + "` declares checked exception " + exception + ", which cannot cross "
                + "the guest's frames: remove it from the throws clause and throw an unchecked exception instead "
                + "(the caller of the export gets it as the cause of a WasmCallException)";
    }

    public static String duplicateImport(String importName, String method, String firstMethod) {
        return "`" + method + "` implements import \"" + importName + "\", which `" + firstMethod + "` already "
                + "implements: each import is implemented by one method; remove one of them or change its @Import "
                + "name";
    }

    /** {@code entry} is the class literal's type as written in {@code imports}. */
    public static String notAHostModule(String entry) {
        return "@WasmModule(imports = ...) lists " + entry + ", which is not an interface annotated @HostModule: "
                + "list the interface that declares the guest's imports, annotated with its module name, such as "
                + "@HostModule(\"env\")";
    }

    public static String duplicateHostModule(String moduleName, String name, String first) {
        return "@WasmModule(imports = ...) lists " + name + " for module \"" + moduleName + "\", which " + first
                + " already provides: one host interface per module; declare all of the module's functions in "
                + first + ", and remove " + name + " from imports";
    }

    public static String duplicateSetter(String setter, String name, String first) {
        return "@WasmModule(imports = ...) lists " + name + " and " + first + ", which both give the builder method `"
                + setter + "(...)`: the method is named after the interface, so rename one of the interfaces";
    }

    public static String setterIsKeyword(String setter, String name) {
        return "@WasmModule(imports = ...) lists " + name + ", which gives the builder method `" + setter
                + "(...)`, but " + setter + " is a Java keyword: rename the interface";
    }

    /** {@code rawImport} as {@link dev.wasmbind.runtime.internal.RawImport#describe()} gives it. */
    public static String emptyRawImport(String rawImport) {
        return "@RawImport " + rawImport + " has an empty module or function name, but every import the guest makes "
                + "has both: give the import module, such as @RawImport(module = \"env\", names = \"log\")";
    }

    public static String rawImportServedByHost(String importName, String hostInterface) {
        return "@RawImport claims " + importName + ", which host interface " + hostInterface + " already "
                + "implements: an import has one implementation; remove it from rawImports, or remove the "
                + "method from " + hostInterface;
    }

    /** A problem of a host interface that comes from the class path, reported where a binding lists it. */
    public static String inHostModuleOnClassPath(String name, String message) {
        return "host interface " + name + " (from the class path): " + message;
    }

    // --- methods

    public static String genericMethod(String method) {
        return "`" + method + "` declares type parameters, but a wasm function has fixed types: "
                + "remove them and use concrete types";
    }

    public static String checkedException(String method, String exception) {
        return "`" + method + "` declares checked exception " + exception + ", which a wasm export never throws "
                + "(failures surface as the unchecked WasmCallException): remove it from the throws clause";
    }

    /** {@code name} is {@code load}, {@code builder} or {@code close}. */
    public static String reservedMethod(String name) {
        return "`" + name + "()` clashes with the generated class's own " + name + "() method: rename the method "
                + "and keep the export name with @Export";
    }

    public static String duplicateExport(String exportName, String method, String firstMethod) {
        return "`" + method + "` binds export \"" + exportName + "\", which `" + firstMethod + "` already binds: "
                + "each export is bound by one method; remove one of them or change its @Export name";
    }

    /** {@code annotation} is {@code @Export} or {@code @Import}. */
    public static String annotationIgnored(String annotation, String method) {
        return annotation + " on `" + method + "` has no effect: default and static methods are not bound to the "
                + "module; make the method abstract to bind it, or remove " + annotation;
    }

    /** {@code belongsTo} is the kind of interface the annotation is for: {@code @WasmModule} or {@code @HostModule}. */
    public static String misplacedAnnotation(String annotation, String method, String belongsTo) {
        return annotation + " on `" + method + "` belongs on methods of " + belongsTo + " interfaces and would do "
                + "nothing here: remove it";
    }

    // --- types

    /** {@code position} is where the parameter stands: an export's or a host function's. */
    public static String unsupportedParameter(String type, String param, Position position) {
        return "parameter `" + param + "` has type " + type + ", which has no TinyGo ABI lowering: a parameter "
                + "must be one of " + ValueKinds.listed(position);
    }

    public static String recordParameter(String type, String param) {
        return "parameter `" + param + "` is record " + type + ", but the TinyGo ABI passes structs by "
                + "pointer, which wasmbind does not support: pass the components as separate parameters";
    }

    public static String unsupportedResult(String type, String method) {
        return "`" + method + "` returns " + type + ", which has no TinyGo ABI lowering: a result must be void, "
                + ValueKinds.listed(Position.EXPORT_RESULT) + " or a record of these";
    }

    public static String unsupportedComponent(String record, String component, String type) {
        return "record component `" + record + "." + component + "` has type " + type + ", which has no TinyGo ABI "
                + "lowering: a component must be one of " + ValueKinds.listed(Position.RECORD_COMPONENT)
                + " or a record of these";
    }

    public static String emptyRecord(String record) {
        return "record " + record + " has no components, so it has no C layout to read: add components, or "
                + "return void";
    }

    public static String recursiveRecord(String record, String component) {
        return "record component `" + record + "." + component + "` contains " + record + " again, and a struct "
                + "cannot contain itself: use a different record type";
    }

    public static String privateRecord(String record) {
        return "record " + record + " is private or nested in a private type, so the generated class cannot "
                + "create it: make it package-private or public";
    }

    /** {@code type} is the annotated type, {@code void} for a method without result. */
    public static String unsignedWrongType(String type) {
        return "@Unsigned applies to byte (uint8), short (uint16) and long (uint32) only, not to " + type
                + ": remove it (int and long already carry uint32 and uint64 bits; char is uint16)";
    }

    public static String packedResultWrongType(String type) {
        return "@PackedResult applies to String and byte[] results only, not to " + type
                + ": remove it, or return String or byte[]";
    }

    public static String hostFreesWrongType(String type) {
        return "@HostFrees applies to String and array results only, not to " + type + ": remove it "
                + "(wasmbind cannot free memory that a record's components point to)";
    }

    // --- options and the module file

    public static String invalidEngine(String value, List<String> valid) {
        return "-A" + Options.DEFAULT_ENGINE + "=" + value + " is not an engine: use one of "
                + String.join(", ", valid);
    }

    /** {@code modulePath} lists the directories of wasmbind.modulePath; empty when the option is not set. */
    public static String moduleNotFound(String resource, List<String> modulePath) {
        String path = modulePath.isEmpty() ? "not set" : String.join(", ", modulePath);
        return "wasm module \"" + resource + "\" was not found at compile time, so the binding was not checked "
                + "against it; looked in the class output, the source path and " + Options.MODULE_PATH + " ("
                + path + "): put the file under src/main/resources, or pass -A" + Options.MODULE_PATH
                + "=<dir>; until then the check runs when the binding loads";
    }

    public static String corruptModule(String resource, String location, String detail) {
        return "wasm module \"" + resource + "\" (" + location + ") is not a valid wasm module: " + detail
                + "; rebuild it, or fix the @WasmModule name";
    }

    public static String unreadableModule(String resource, String detail) {
        return "wasm module \"" + resource + "\" was found but cannot be read: " + detail
                + "; check the file's permissions";
    }

    // --- the processor itself

    public static String cannotWrite(String className, String detail) {
        return "cannot write the generated " + className + ": " + detail
                + "; check that the generated-sources directory is writable";
    }

    public static String internalError(String name, Throwable error) {
        return "wasmbind could not process " + name + ": " + error
                + "; this is a bug in wasmbind, please report it with this interface";
    }
}
