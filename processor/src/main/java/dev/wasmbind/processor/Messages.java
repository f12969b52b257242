package dev.wasmbind.processor;

import java.util.List;

/**
 * The text of every diagnostic the processor reports, except link problems (those come from
 * {@link dev.wasmbind.runtime.link.LinkMessages}, shared with the runtime). Each states the rule, quotes the bad value
 * and suggests the fix. Tests build their expected messages here.
 */
public final class Messages {
    static final String SUPPORTED_PARAMETERS =
            "boolean, byte, short, char, int, long, float, double, String, byte[], int[], long[], float[], double[]";
    static final String SUPPORTED_RESULTS = "void, " + SUPPORTED_PARAMETERS + " or a record of these";

    private Messages() {}

    // --- the interface

    /** {@code kind} is "a class", "an enum", "a record" or "an annotation type". */
    public static String notAnInterface(String name, String kind) {
        return "@WasmModule applies to interfaces only, but " + name + " is " + kind
                + ": make it an interface, and the processor generates the class that implements it";
    }

    public static String privateInterface(String name) {
        return "@WasmModule interface " + name + " is private or nested in a private type, so the generated class "
                + "cannot implement it: make it package-private or public";
    }

    public static String genericInterface(String name, String typeParameters) {
        return "@WasmModule interface " + name + " declares type parameters " + typeParameters
                + ", but wasm functions have fixed types: remove the type parameters";
    }

    public static String invalidModuleName(String value) {
        return "@WasmModule(\"" + value + "\") must name a .wasm classpath resource, such as \"greet.wasm\": "
                + "give the module's file name";
    }

    public static String importsNotSupported() {
        return "@WasmModule(imports = ...) is not supported yet: host functions come in a later version; until "
                + "then remove `imports` and pass Chicory host functions to builder().hostFunctions(...)";
    }

    // --- methods

    public static String genericMethod(String method) {
        return "`" + method + "` declares type parameters, but a wasm export has fixed types: "
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

    public static String exportIgnored(String method) {
        return "@Export on `" + method + "` has no effect: default and static methods are not bound to the module; "
                + "make the method abstract to bind it, or remove @Export";
    }

    // --- types

    public static String unsupportedParameter(String type, String param) {
        return "parameter `" + param + "` has type " + type + ", which has no TinyGo ABI lowering: a parameter "
                + "must be one of " + SUPPORTED_PARAMETERS;
    }

    public static String recordParameter(String type, String param) {
        return "parameter `" + param + "` is record " + type + ", but the TinyGo export ABI passes structs by "
                + "pointer, which wasmbind does not support: pass the components as separate parameters";
    }

    public static String unsupportedResult(String type, String method) {
        return "`" + method + "` returns " + type + ", which has no TinyGo ABI lowering: a result must be "
                + SUPPORTED_RESULTS;
    }

    public static String unsupportedComponent(String record, String component, String type) {
        return "record component `" + record + "." + component + "` has type " + type + ", which has no TinyGo ABI "
                + "lowering: a component must be one of " + SUPPORTED_PARAMETERS + " or a record of these";
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
