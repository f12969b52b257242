package dev.wasmbind.processor;

import static java.util.stream.Collectors.joining;

import dev.wasmbind.processor.kinds.Position;
import dev.wasmbind.processor.kinds.ValueKinds;
import dev.wasmbind.runtime.InvalidModuleException;
import dev.wasmbind.runtime.internal.EngineFlavour;
import dev.wasmbind.runtime.internal.link.Message;
import dev.wasmbind.runtime.internal.link.MessageId;
import dev.wasmbind.runtime.internal.link.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every diagnostic the processor reports, with its id and severity, except link problems (those come from
 * {@link dev.wasmbind.runtime.internal.link.LinkMessages}, shared with the runtime). Each states the rule, quotes the
 * bad value and suggests the fix. Tests build their expected messages here.
 */
final class Messages {
    /**
     * The catalogue of the processor's own diagnostics. A code never changes once released: build scripts and
     * issues refer to it.
     */
    enum Id implements MessageId {
        /** {@link #notAnInterface}. */
        NOT_AN_INTERFACE("not-an-interface", Severity.ERROR),
        /** {@link #privateInterface}. */
        PRIVATE_INTERFACE("private-interface", Severity.ERROR),
        /** {@link #genericInterface}. */
        GENERIC_INTERFACE("generic-interface", Severity.ERROR),
        /** {@link #invalidModuleName}. */
        INVALID_MODULE_NAME("invalid-module-name", Severity.ERROR),
        /** {@link #absoluteModuleName}. */
        ABSOLUTE_MODULE_NAME("absolute-module-name", Severity.ERROR),
        /** {@link #hostModuleNotAnInterface}. */
        HOST_MODULE_NOT_AN_INTERFACE("host-module-not-an-interface", Severity.ERROR),
        /** {@link #emptyHostModuleName}. */
        EMPTY_HOST_MODULE_NAME("empty-host-module-name", Severity.ERROR),
        /** {@link #unsupportedHostResult}. */
        UNSUPPORTED_HOST_RESULT("unsupported-host-result", Severity.ERROR),
        /** {@link #guestAllocatorWrongType}. */
        GUEST_ALLOCATOR_WRONG_TYPE("guest-allocator-wrong-type", Severity.ERROR),
        /** {@link #emptyGuestAllocator}. */
        EMPTY_GUEST_ALLOCATOR("empty-guest-allocator", Severity.ERROR),
        /** {@link #emptyAllocatorExport}. */
        EMPTY_ALLOCATOR_EXPORT("empty-allocator-export", Severity.ERROR),
        /** {@link #hostCheckedException}. */
        HOST_CHECKED_EXCEPTION("host-checked-exception", Severity.ERROR),
        /** {@link #duplicateImport}. */
        DUPLICATE_IMPORT("duplicate-import", Severity.ERROR),
        /** {@link #notAHostModule}. */
        NOT_A_HOST_MODULE("not-a-host-module", Severity.ERROR),
        /** {@link #duplicateHostModule}. */
        DUPLICATE_HOST_MODULE("duplicate-host-module", Severity.ERROR),
        /** {@link #duplicateSetter}. */
        DUPLICATE_SETTER("duplicate-setter", Severity.ERROR),
        /** {@link #setterIsKeyword}. */
        SETTER_IS_KEYWORD("setter-is-keyword", Severity.ERROR),
        /** {@link #emptyRawImport}. */
        EMPTY_RAW_IMPORT("empty-raw-import", Severity.ERROR),
        /** {@link #rawImportServedByHost}. */
        RAW_IMPORT_SERVED_BY_HOST("raw-import-served-by-host", Severity.ERROR),
        /** {@link #genericMethod}. */
        GENERIC_METHOD("generic-method", Severity.ERROR),
        /** {@link #checkedException}. */
        CHECKED_EXCEPTION("checked-exception", Severity.ERROR),
        /** {@link #reservedMethod}. */
        RESERVED_METHOD("reserved-method", Severity.ERROR),
        /** {@link #duplicateExport}. */
        DUPLICATE_EXPORT("duplicate-export", Severity.ERROR),
        /** {@link #annotationIgnored}. */
        ANNOTATION_IGNORED("annotation-ignored", Severity.WARNING),
        /** {@link #misplacedAnnotation}. */
        MISPLACED_ANNOTATION("misplaced-annotation", Severity.ERROR),
        /** {@link #unsupportedParameter}. */
        UNSUPPORTED_PARAMETER("unsupported-parameter", Severity.ERROR),
        /** {@link #recordParameter}. */
        RECORD_PARAMETER("record-parameter", Severity.ERROR),
        /** {@link #unsupportedResult}. */
        UNSUPPORTED_RESULT("unsupported-result", Severity.ERROR),
        /** {@link #unsupportedComponent}. */
        UNSUPPORTED_COMPONENT("unsupported-component", Severity.ERROR),
        /** {@link #emptyRecord}. */
        EMPTY_RECORD("empty-record", Severity.ERROR),
        /** {@link #recursiveRecord}. */
        RECURSIVE_RECORD("recursive-record", Severity.ERROR),
        /** {@link #privateRecord}. */
        PRIVATE_RECORD("private-record", Severity.ERROR),
        /** {@link #nullableParameter}, {@link #nullableResult} and {@link #nullableComponent}. */
        NULLABLE_VALUE("nullable-value", Severity.ERROR),
        /** {@link #hiddenKotlinFunction}. */
        HIDDEN_KOTLIN_FUNCTION("hidden-kotlin-function", Severity.ERROR),
        /** {@link #borrowedWrongPlace}. */
        BORROWED_WRONG_PLACE("borrowed-wrong-place", Severity.ERROR),
        /** {@link #handleWrongType}. */
        HANDLE_WRONG_TYPE("handle-wrong-type", Severity.ERROR),
        /** {@link #ptrLenWrongType}. */
        PTR_LEN_WRONG_TYPE("ptr-len-wrong-type", Severity.ERROR),
        /** {@link #ambiguousLowering}. */
        AMBIGUOUS_LOWERING("ambiguous-lowering", Severity.ERROR),
        /** {@link #unsignedWrongType}. */
        UNSIGNED_WRONG_TYPE("unsigned-wrong-type", Severity.ERROR),
        /** {@link #packedResultWrongType}. */
        PACKED_RESULT_WRONG_TYPE("packed-result-wrong-type", Severity.ERROR),
        /** {@link #packedOrderWrongType}. */
        PACKED_ORDER_WRONG_TYPE("packed-order-wrong-type", Severity.ERROR),
        /** {@link #hostFreesWrongType}. */
        HOST_FREES_WRONG_TYPE("host-frees-wrong-type", Severity.ERROR),
        /** {@link #invalidEngine}. */
        INVALID_ENGINE("invalid-engine", Severity.ERROR),
        /** {@link #invalidBooleanOption}. */
        INVALID_BOOLEAN_OPTION("invalid-boolean-option", Severity.ERROR),
        /** {@link #invalidFlavour}. */
        INVALID_FLAVOUR("invalid-flavour", Severity.ERROR),
        /** {@link #flavourNotServed}. */
        FLAVOUR_NOT_SERVED("flavour-not-served", Severity.ERROR),
        /** {@link #flavourMismatch}. */
        FLAVOUR_MISMATCH("flavour-mismatch", Severity.ERROR),
        /** {@link #bothFlavours}. */
        BOTH_FLAVOURS("both-flavours", Severity.ERROR),
        /** {@link #moduleNotFound}; a warning before 0.1.0, when the check was always deferred. */
        MODULE_NOT_FOUND("module-not-found", Severity.ERROR),
        /** {@link #corruptModule}. */
        CORRUPT_MODULE("corrupt-module", Severity.ERROR),
        /** {@link #unreadableModule}. */
        UNREADABLE_MODULE("unreadable-module", Severity.ERROR),
        /** {@link #buildTimeCompileFailed}. */
        BUILD_TIME_COMPILE_FAILED("build-time-compile-failed", Severity.WARNING),
        /** {@link #cannotWrite}. */
        CANNOT_WRITE("cannot-write", Severity.ERROR),
        /** {@link #internalError}. */
        INTERNAL_ERROR("internal-error", Severity.ERROR);

        private final String code;
        private final Severity severity;

        Id(String code, Severity severity) {
            this.code = code;
            this.severity = severity;
        }

        @Override
        public String code() {
            return code;
        }

        @Override
        public Severity severity() {
            return severity;
        }
    }

    /** What to declare for each of Kotlin's unsigned value classes, as docs/types.md maps Go's unsigned types. */
    private static final Map<String, String> UNSIGNED_KOTLIN_TYPES = Map.of(
            "kotlin.UByte", "`@Unsigned Byte`",
            "kotlin.UShort", "`@Unsigned Short`",
            "kotlin.UInt", "`@Unsigned Long` (0 to 4294967295) or `Int` (the bits kept)",
            "kotlin.ULong", "`Long` (the bits kept)");

    /** How many of a directory's modules a missing module's message lists. */
    private static final int LISTED_MODULES = 8;

    private Messages() {}

    // --- the interface

    /** {@code kind} is "a class", "an enum", "a record" or "an annotation type". */
    static Message notAnInterface(String name, String kind) {
        return new Message(Id.NOT_AN_INTERFACE,
                "@WasmModule applies to interfaces only, but " + name + " is " + kind
                        + ": make it an interface, and the processor generates the class that implements it");
    }

    /** {@code annotation} is {@code @WasmModule} or {@code @HostModule}. */
    static Message privateInterface(String annotation, String name) {
        return new Message(Id.PRIVATE_INTERFACE,
                annotation + " interface " + name + " is private or nested in a private type, so the generated class "
                        + "cannot use it: make it package-private or public");
    }

    static Message genericInterface(String annotation, String name, String typeParameters) {
        return new Message(Id.GENERIC_INTERFACE,
                annotation + " interface " + name + " declares type parameters " + typeParameters
                        + ", but wasm functions have fixed types: remove the type parameters");
    }

    static Message invalidModuleName(String value) {
        return new Message(Id.INVALID_MODULE_NAME,
                "@WasmModule(\"" + value + "\") must name a .wasm classpath resource, such as \"greet.wasm\": "
                        + "give the module's file name");
    }

    static Message absoluteModuleName(String value) {
        return new Message(Id.ABSOLUTE_MODULE_NAME,
                "@WasmModule(\"" + value + "\") is resolved from the classpath root already, without a leading "
                        + "slash (as ClassLoader resources are): write \"" + value.replaceFirst("^/+", "") + "\"");
    }

    // --- host interfaces and imports

    /** {@code kind} is "a class", "an enum", "a record" or "an annotation type". */
    static Message hostModuleNotAnInterface(String name, String kind) {
        return new Message(Id.HOST_MODULE_NOT_AN_INTERFACE,
                "@HostModule applies to interfaces only, but " + name + " is " + kind + ": declare the host "
                        + "functions in an interface, implement it with this class, and list the interface in "
                        + "@WasmModule(imports = ...)");
    }

    static Message emptyHostModuleName(String name) {
        return new Message(Id.EMPTY_HOST_MODULE_NAME,
                "@HostModule on " + name + " has an empty module name, but the guest imports each function from a "
                        + "named module: give the module name of its imports, such as @HostModule(\"env\") for "
                        + "//go:wasmimport env log");
    }

    static Message unsupportedHostResult(String type, String method) {
        return new Message(Id.UNSUPPORTED_HOST_RESULT,
                "host function `" + method + "` returns " + type + ", but a host function returns void or one of "
                        + ValueKinds.listed(Position.HOST_RESULT) + ": return one of these (a String or byte[] goes "
                        + "to the guest in memory its allocator gives), or pass the data through a GuestBufferWriter "
                        + "parameter");
    }

    /** {@code type} is the host method's result type, {@code void} for none. */
    static Message guestAllocatorWrongType(String type) {
        return new Message(Id.GUEST_ALLOCATOR_WRONG_TYPE,
                "@GuestAllocator applies to host functions returning String or byte[] only, not " + type
                        + ": remove it (only those results are allocated in guest memory)");
    }

    static Message emptyGuestAllocator(String method) {
        return new Message(Id.EMPTY_GUEST_ALLOCATOR,
                "@GuestAllocator on `" + method + "` names no export, but the result is allocated with a guest "
                        + "export of type (i32) -> i32: give its name, such as @GuestAllocator(\"wasm_malloc\"), or "
                        + "remove the annotation to use the guest's own allocator");
    }

    /** {@code @AllocatorExports(allocate = "")}: the allocate export must be named. */
    static Message emptyAllocatorExport() {
        return new Message(Id.EMPTY_ALLOCATOR_EXPORT,
                "@AllocatorExports names no allocate export: give the name of the guest's export of type "
                        + "(i32) -> i32 (such as allocate = \"alloc\"), or of cabi_realloc's type, or remove the "
                        + "annotation to recognise the allocator from the module's exports");
    }

    static Message hostCheckedException(String method, String exception) {
        return new Message(Id.HOST_CHECKED_EXCEPTION,
                "host function `" + method + "` declares checked exception " + exception + ", which cannot cross "
                        + "the guest's frames: remove it from the throws clause and throw an unchecked exception "
                        + "instead (the caller of the export gets it as the cause of a WasmCallException)");
    }

    static Message duplicateImport(String importName, String method, String firstMethod) {
        return new Message(Id.DUPLICATE_IMPORT,
                "`" + method + "` implements import \"" + importName + "\", which `" + firstMethod + "` already "
                        + "implements: each import is implemented by one method; remove one of them or change its "
                        + "@Import name");
    }

    /** {@code entry} is the class literal's type as written in {@code imports}. */
    static Message notAHostModule(String entry) {
        return new Message(Id.NOT_A_HOST_MODULE,
                "@WasmModule(imports = ...) lists " + entry + ", which is not an interface annotated @HostModule: "
                        + "list the interface that declares the guest's imports, annotated with its module name, "
                        + "such as @HostModule(\"env\")");
    }

    static Message duplicateHostModule(String moduleName, String name, String first) {
        return new Message(Id.DUPLICATE_HOST_MODULE,
                "@WasmModule(imports = ...) lists " + name + " for module \"" + moduleName + "\", which " + first
                        + " already provides: one host interface per module; declare all of the module's functions in "
                        + first + ", and remove " + name + " from imports");
    }

    static Message duplicateSetter(String setter, String name, String first) {
        return new Message(Id.DUPLICATE_SETTER,
                "@WasmModule(imports = ...) lists " + name + " and " + first + ", which both give the builder method `"
                        + setter + "(...)`: the method is named after the interface, so rename one of the interfaces");
    }

    static Message setterIsKeyword(String setter, String name) {
        return new Message(Id.SETTER_IS_KEYWORD,
                "@WasmModule(imports = ...) lists " + name + ", which gives the builder method `" + setter
                        + "(...)`, but " + setter + " is a Java keyword: rename the interface");
    }

    /** {@code rawImport} as {@link dev.wasmbind.runtime.internal.RawImport#describe()} gives it. */
    static Message emptyRawImport(String rawImport) {
        return new Message(Id.EMPTY_RAW_IMPORT,
                "@RawImport " + rawImport + " has an empty module or function name, but every import the guest "
                        + "makes has both: give the import module, such as @RawImport(module = \"env\", names = "
                        + "\"log\")");
    }

    static Message rawImportServedByHost(String importName, String hostInterface) {
        return new Message(Id.RAW_IMPORT_SERVED_BY_HOST,
                "@RawImport claims " + importName + ", which host interface " + hostInterface + " already "
                        + "implements: an import has one implementation; remove it from rawImports, or remove the "
                        + "method from " + hostInterface);
    }

    /**
     * A problem of a host interface that comes from the class path, reported where a binding lists it: the same
     * message, so the same id, with the interface named first.
     */
    static Message inHostModuleOnClassPath(String name, Message message) {
        return new Message(message.id(), "host interface " + name + " (from the class path): " + message.text());
    }

    // --- methods

    static Message genericMethod(String method) {
        return new Message(Id.GENERIC_METHOD,
                "`" + method + "` declares type parameters, but a wasm function has fixed types: "
                        + "remove them and use concrete types");
    }

    static Message checkedException(String method, String exception) {
        return new Message(Id.CHECKED_EXCEPTION,
                "`" + method + "` declares checked exception " + exception + ", which a wasm export never throws "
                        + "(failures surface as the unchecked WasmCallException): remove it from the throws clause");
    }

    /** {@code name} is {@code load}, {@code builder} or {@code close}. */
    static Message reservedMethod(String name) {
        return new Message(Id.RESERVED_METHOD,
                "`" + name + "()` clashes with the generated class's own " + name + "() method: rename the method "
                        + "and keep the export name with @Export");
    }

    static Message duplicateExport(String exportName, String method, String firstMethod) {
        return new Message(Id.DUPLICATE_EXPORT,
                "`" + method + "` binds export \"" + exportName + "\", which `" + firstMethod + "` already binds: "
                        + "each export is bound by one method; remove one of them or change its @Export name");
    }

    /** {@code annotation} is {@code @Export} or {@code @Import}. */
    static Message annotationIgnored(String annotation, String method) {
        return new Message(Id.ANNOTATION_IGNORED,
                annotation + " on `" + method + "` has no effect: default and static methods are not bound to the "
                        + "module; make the method abstract to bind it, or remove " + annotation);
    }

    /** {@code belongsTo} is the kind of interface the annotation is for: {@code @WasmModule} or {@code @HostModule}. */
    static Message misplacedAnnotation(String annotation, String method, String belongsTo) {
        return new Message(Id.MISPLACED_ANNOTATION,
                annotation + " on `" + method + "` belongs on methods of " + belongsTo + " interfaces and would do "
                        + "nothing here: remove it");
    }

    // --- types

    /** {@code position} is where the parameter stands: an export's or a host function's. */
    static Message unsupportedParameter(String type, String param, Position position) {
        return new Message(Id.UNSUPPORTED_PARAMETER,
                "parameter `" + param + "` has type " + type + ", which has no TinyGo ABI lowering: a parameter "
                        + "must be one of " + ValueKinds.listed(position));
    }

    static Message recordParameter(String type, String param) {
        return new Message(Id.RECORD_PARAMETER,
                "parameter `" + param + "` is record " + type + ", but the TinyGo ABI passes structs by "
                        + "pointer, which wasmbind does not support: pass the components as separate parameters, "
                        + "or the record itself as an opaque @Handle if the guest only hands it back");
    }

    static Message unsupportedResult(String type, String method) {
        return new Message(Id.UNSUPPORTED_RESULT,
                "`" + method + "` returns " + type + ", which has no TinyGo ABI lowering: a result must be void, "
                        + ValueKinds.listed(Position.EXPORT_RESULT) + " or a record (or Kotlin data class) of these");
    }

    static Message unsupportedComponent(String record, String component, String type) {
        return new Message(Id.UNSUPPORTED_COMPONENT,
                "record component `" + record + "." + component + "` has type " + type + ", which has no TinyGo ABI "
                        + "lowering: a component must be one of " + ValueKinds.listed(Position.RECORD_COMPONENT)
                        + " or a record (or Kotlin data class) of these");
    }

    static Message emptyRecord(String record) {
        return new Message(Id.EMPTY_RECORD,
                "record " + record + " has no components, so it has no C layout to read: add components, or "
                        + "return void");
    }

    static Message recursiveRecord(String record, String component) {
        return new Message(Id.RECURSIVE_RECORD,
                "record component `" + record + "." + component + "` contains " + record + " again, and a struct "
                        + "cannot contain itself: use a different record type");
    }

    static Message privateRecord(String record) {
        return new Message(Id.PRIVATE_RECORD,
                "record " + record + " is private or nested in a private type, so the generated class cannot "
                        + "create it: make it package-private or public");
    }

    /** {@code declared} is the type as declared ({@code String?}), {@code fix} the one to declare ({@code String}). */
    static Message nullableParameter(String param, String declared, String fix) {
        return nullableValue("parameter `" + param + "` is declared `" + declared + "`", fix);
    }

    static Message nullableResult(String method, String declared, String fix) {
        return nullableValue("`" + method + "` returns `" + declared + "`", fix);
    }

    static Message nullableComponent(String record, String component, String declared, String fix) {
        return nullableValue("`" + record + "." + component + "` is declared `" + declared + "`", fix);
    }

    private static Message nullableValue(String what, String fix) {
        return new Message(Id.NULLABLE_VALUE,
                what + ", but null cannot cross between Java and a wasm guest: the TinyGo ABI has no null string, "
                        + "slice or struct, so a null argument would fail the call and a result is never null; "
                        + "declare `" + fix + "`");
    }

    /**
     * {@code function} as Kotlin declares it, {@code valueClasses} the qualified names of the value classes in its
     * signature.
     */
    static Message hiddenKotlinFunction(String function, String type, List<String> valueClasses) {
        String fix = valueClasses.isEmpty()
                ? "declare it with types that leave its JVM name as it is"
                : "declare " + valueClasses.stream()
                        .map(name -> UNSIGNED_KOTLIN_TYPES.getOrDefault(
                                name, "the type that `" + simple(name) + "` wraps") + " instead of `" + simple(name)
                                + "`")
                        .collect(joining(" and "));
        return new Message(Id.HIDDEN_KOTLIN_FUNCTION,
                "`" + function + "` of " + type + " is missing from the Java stub that kapt gives annotation "
                        + "processors: Kotlin mangles the JVM name of a function with a value class in its "
                        + "signature, and the binding could not implement it; " + fix);
    }

    private static String simple(String qualifiedName) {
        return qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
    }

    static Message borrowedWrongPlace(String type, String param) {
        return new Message(Id.BORROWED_WRONG_PLACE,
                "@Borrowed on parameter `" + param + "` (" + type + ") has no effect: it applies to String and array "
                        + "parameters of exports, which the binding copies into guest memory; remove it");
    }

    static Message handleWrongType(String type) {
        return new Message(Id.HANDLE_WRONG_TYPE,
                "@Handle applies to class, interface and array types without type arguments, not to " + type
                        + ": pass a primitive as itself, and wrap a generic type in a class of your own");
    }

    static Message ptrLenWrongType(String type) {
        return new Message(Id.PTR_LEN_WRONG_TYPE,
                "@PtrLen applies to String and array parameters only, not to " + type + ": remove it (it passes a "
                        + "region of memory as (ptr, len))");
    }

    /**
     * {@code fits} describes each lowering that matches the export's type, such as
     * {@code "`a` as (ptr, len), `b` as (ptr, len, cap)"}.
     */
    static Message ambiguousLowering(String method, String exportName, String moduleName, String actual,
            List<String> fits) {
        StringBuilder options = new StringBuilder();
        for (int i = 0; i < fits.size(); i++) {
            options.append(i == 0 ? "" : "; ").append(i + 1).append(") ").append(fits.get(i));
        }
        return new Message(Id.AMBIGUOUS_LOWERING,
                "`" + method + "` binds `" + exportName + "`, whose type " + actual + " in " + moduleName + " fits "
                        + fits.size() + " lowerings of its parameters and result: " + options + ": say which the "
                        + "guest means with @PtrLen on the parameters passed as (ptr, len), and @PackedResult on a "
                        + "result returned packed as ptr << 32 | len");
    }

    /** {@code type} is the annotated type, {@code void} for a method without result. */
    static Message unsignedWrongType(String type) {
        return new Message(Id.UNSIGNED_WRONG_TYPE,
                "@Unsigned applies to byte (uint8), short (uint16) and long (uint32) only, not to " + type
                        + ": remove it (int and long already carry uint32 and uint64 bits; char is uint16)");
    }

    static Message packedResultWrongType(String type) {
        return new Message(Id.PACKED_RESULT_WRONG_TYPE,
                "@PackedResult applies to String and byte[] results only, not to " + type
                        + ": remove it, or return String or byte[]");
    }

    /** {@code @PackedOrder} on a method that has no packed value. */
    static Message packedOrderWrongType(String type) {
        return new Message(Id.PACKED_ORDER_WRONG_TYPE,
                "@PackedOrder applies to methods whose String or byte[] result is packed in an i64, not to a " + type
                        + " result: remove it, or put it on the interface as the default of its packed results");
    }

    static Message hostFreesWrongType(String type) {
        return new Message(Id.HOST_FREES_WRONG_TYPE,
                "@HostFrees applies to String and array results only, not to " + type + ": remove it "
                        + "(wasmbind cannot free memory that a record's components point to)");
    }

    // --- options and the module file

    static Message invalidEngine(String value, List<String> valid) {
        return new Message(Id.INVALID_ENGINE,
                "-A" + Options.DEFAULT_ENGINE + "=" + value + " is not an engine: use one of "
                        + String.join(", ", valid));
    }

    static Message invalidBooleanOption(String option, String value) {
        return new Message(Id.INVALID_BOOLEAN_OPTION,
                "-A" + option + "=" + value + " is not a boolean: use true or false");
    }

    static Message invalidFlavour(String value, List<String> valid) {
        return new Message(Id.INVALID_FLAVOUR,
                "-A" + Options.FLAVOUR + "=" + value + " is not an engine flavour: use one of "
                        + String.join(", ", valid));
    }

    // --- the engine on the class path

    static Message flavourNotServed(EngineFlavour requested, EngineFlavour processor) {
        return new Message(Id.FLAVOUR_NOT_SERVED,
                "-A" + Options.FLAVOUR + "=" + requested.optionValue() + " asks for code for "
                        + requested.engineName() + ", but the annotation processor " + processor.processorArtifact()
                        + " generates code for " + processor.engineName() + ": use "
                        + requested.processorArtifact() + " as the annotation processor, or drop the option");
    }

    static Message flavourMismatch(EngineFlavour onClassPath, EngineFlavour processor) {
        return new Message(Id.FLAVOUR_MISMATCH,
                "the class path holds " + engine(onClassPath) + " and not " + engine(processor)
                        + ", but the annotation processor " + processor.processorArtifact()
                        + " generates code and compiles modules for " + processor.engineName() + ": use "
                        + onClassPath.processorArtifact() + " as the annotation processor (Maven: "
                        + "annotationProcessorPaths, Gradle: annotationProcessor), or depend on "
                        + processor.runtimeArtifact() + " instead of " + onClassPath.runtimeArtifact()
                        + " to stay on " + processor.engineName());
    }

    static Message bothFlavours(EngineFlavour processor, EngineFlavour other) {
        return new Message(Id.BOTH_FLAVOURS,
                "the class path holds both " + engine(processor) + " and " + engine(other)
                        + ", and the annotation processor " + processor.processorArtifact()
                        + " generates code for " + processor.engineName() + ": depend on "
                        + processor.runtimeArtifact() + " alone, not also on " + other.runtimeArtifact()
                        + "; if the application uses " + other.engineName() + " for itself, confirm with -A"
                        + Options.FLAVOUR + "=" + processor.optionValue());
    }

    private static String engine(EngineFlavour flavour) {
        return flavour.engineName() + " (" + flavour.enginePackage() + ")";
    }

    /**
     * {@code searched} are the directories looked in, {@code nearest} the modules found there that the name probably
     * means.
     */
    static Message moduleNotFound(
            String resource, List<ModuleLocator.Searched> searched, List<String> nearest) {
        return moduleNotFound(resource, searched, nearest, false);
    }

    /** {@code underKapt}: kapt runs the processor, before Maven copies the resources. */
    static Message moduleNotFound(
            String resource, List<ModuleLocator.Searched> searched, List<String> nearest, boolean underKapt) {
        List<String> places = new ArrayList<>();
        searched.forEach(place -> places.add(place.place() + " " + place.directory() + " (" + contents(place) + ")"));
        if (searched.stream().noneMatch(place -> place.place().equals(ModuleLocator.MODULE_PATH_ENTRY))) {
            places.add(Options.MODULE_PATH + " (not set)");
        }
        String fix = nearest.isEmpty()
                ? underKapt
                        ? "put the module in one of these directories, or pass its directory to kapt as "
                                + Options.MODULE_PATH + "=<dir> (kapt runs before Maven copies src/main/resources to "
                                + "the class output, and Gradle keeps them apart): Maven's kapt "
                                + "<annotationProcessorArgs>, Gradle's kapt { arguments { arg(...) } }"
                        : "put the module in one of these directories, or pass its directory with -A"
                                + Options.MODULE_PATH + "=<dir> (Maven copies src/main/resources to the class output "
                                + "before compiling, Gradle does not)"
                : "did you mean " + nearest.stream().map(name -> "\"" + name + "\"").collect(joining(" or "))
                        + "? Correct the @WasmModule name";
        return new Message(Id.MODULE_NOT_FOUND,
                "wasm module \"" + resource + "\" is in none of the directories searched while compiling: "
                        + String.join(", ", places) + "; " + fix + ". For a module produced after compiling, set "
                        + "@WasmModule(deferIfMissing = true) or -A" + Options.DEFER_MISSING_MODULES + "=true, and "
                        + "the binding is checked when it loads");
    }

    private static String contents(ModuleLocator.Searched place) {
        return switch (place.listing()) {
            case MISSING -> "does not exist";
            case NOT_LISTED -> "contents not listed";
            case LISTED -> place.modules().isEmpty()
                    ? "no .wasm files"
                    : place.modules().size() <= LISTED_MODULES
                            ? String.join(", ", place.modules())
                            : String.join(", ", place.modules().subList(0, LISTED_MODULES)) + " and "
                                    + (place.modules().size() - LISTED_MODULES) + " more";
        };
    }

    static Message corruptModule(String resource, String location, InvalidModuleException error) {
        return new Message(Id.CORRUPT_MODULE, error.isWasm()
                ? "wasm module \"" + resource + "\" (" + location + ") is not a valid wasm module: " + error.detail()
                        + "; rebuild it, or fix the @WasmModule name"
                : "wasm module \"" + resource + "\" (" + location + ") is not a wasm module: " + error.detail()
                        + "; fix the @WasmModule name, or put the module there");
    }

    static Message unreadableModule(String resource, String detail) {
        return new Message(Id.UNREADABLE_MODULE,
                "wasm module \"" + resource + "\" was found but cannot be read: " + detail
                        + "; check the file's permissions");
    }

    static Message buildTimeCompileFailed(String resource, String detail) {
        return new Message(Id.BUILD_TIME_COMPILE_FAILED,
                "wasm module \"" + resource + "\" could not be compiled to JVM classes at build time: " + detail
                        + "; the binding compiles it when it loads instead, or runs it on the interpreter if that "
                        + "fails too");
    }

    // --- the processor itself

    static Message cannotWrite(String className, String detail) {
        return new Message(Id.CANNOT_WRITE,
                "cannot write the generated " + className + ": " + detail
                        + "; check that the generated-sources directory is writable");
    }

    static Message internalError(String name, Throwable error) {
        return new Message(Id.INTERNAL_ERROR,
                "wasmbind could not process " + name + ": " + error
                        + "; this is a bug in wasmbind, please report it with this interface");
    }
}
