package dev.wasmbind.runtime.internal.link;

import com.dylibso.chicory.runtime.HostFunction;
import com.dylibso.chicory.wasm.types.ExternalType;
import com.dylibso.chicory.wasm.types.FunctionType;
import com.dylibso.chicory.wasm.types.ValType;
import dev.wasmbind.runtime.internal.AllocatorConvention;
import dev.wasmbind.runtime.internal.AllocatorNames;
import dev.wasmbind.runtime.internal.Combinations;
import dev.wasmbind.runtime.internal.ExportSpec;
import dev.wasmbind.runtime.internal.ImportSpec;
import dev.wasmbind.runtime.internal.WasmSignature;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every link problem: its id, severity and text. The processor and the runtime report the same message because both
 * build it here; tests build expected messages here too. Each message states the rule, quotes the bad value and
 * suggests a fix.
 */
public final class LinkMessages {
    /** Enough names to recognise the module without flooding the compiler output. */
    private static final int MAX_LISTED = 20;

    /** The problems that are not the module's: the user has not given what the binding needs to run it. */
    private static final Set<Id> MISSING = Set.of(Id.HOST_IMPLEMENTATION_MISSING, Id.RAW_IMPORT_NOT_SUPPLIED);

    /** The catalogue of link problems. A code never changes once released: build scripts and issues refer to it. */
    public enum Id implements MessageId {
        /** {@link #noSuchExport}. */
        NO_SUCH_EXPORT("no-such-export", Severity.ERROR),
        /** {@link #notAFunction}. */
        NOT_A_FUNCTION("not-a-function", Severity.ERROR),
        /** {@link #exportTypeMismatch}. */
        EXPORT_TYPE_MISMATCH("export-type-mismatch", Severity.ERROR),
        /** {@link #allocatorMissing}. */
        ALLOCATOR_MISSING("allocator-missing", Severity.ERROR),
        /** {@link #allocatorNotAFunction}. */
        ALLOCATOR_NOT_A_FUNCTION("allocator-not-a-function", Severity.ERROR),
        /** {@link #allocatorTypeMismatch}. */
        ALLOCATOR_TYPE_MISMATCH("allocator-type-mismatch", Severity.ERROR),
        /** {@link #noAllocator}. */
        NO_ALLOCATOR("no-allocator", Severity.ERROR),
        /** {@link #allocatorAmbiguous}. */
        ALLOCATOR_AMBIGUOUS("allocator-ambiguous", Severity.ERROR),
        /** {@link #declaredAllocatorMissing}. */
        DECLARED_ALLOCATOR_MISSING("declared-allocator-missing", Severity.ERROR),
        /** {@link #declaredAllocatorType}. */
        DECLARED_ALLOCATOR_TYPE("declared-allocator-type", Severity.ERROR),
        /** {@link #declaredFreeMissing}. */
        DECLARED_FREE_MISSING("declared-free-missing", Severity.ERROR),
        /** {@link #declaredFreeBesideRealloc}. */
        DECLARED_FREE_BESIDE_REALLOC("declared-free-beside-realloc", Severity.ERROR),
        /** {@link #resultNotFreeable}. */
        RESULT_NOT_FREEABLE("result-not-freeable", Severity.ERROR),
        /** {@link #postReturnTypeMismatch}. */
        POST_RETURN_TYPE_MISMATCH("post-return-type-mismatch", Severity.ERROR),
        /** {@link #importNotProvided}. */
        IMPORT_NOT_PROVIDED("import-not-provided", Severity.ERROR),
        /** {@link #rawImportNotSupplied}. */
        RAW_IMPORT_NOT_SUPPLIED("raw-import-not-supplied", Severity.ERROR),
        /** {@link #rawImportUnused}. */
        RAW_IMPORT_UNUSED("raw-import-unused", Severity.WARNING),
        /** {@link #rawImportModuleUnused}. */
        RAW_IMPORT_MODULE_UNUSED("raw-import-module-unused", Severity.WARNING),
        /** {@link #importNotDeclared}. */
        IMPORT_NOT_DECLARED("import-not-declared", Severity.ERROR),
        /** {@link #hostImplementationMissing}. */
        HOST_IMPLEMENTATION_MISSING("host-implementation-missing", Severity.ERROR),
        /** {@link #importNotSupported}. */
        IMPORT_NOT_SUPPORTED("import-not-supported", Severity.ERROR),
        /** {@link #hostImportTypeMismatch}. */
        HOST_IMPORT_TYPE_MISMATCH("host-import-type-mismatch", Severity.ERROR),
        /** {@link #hostImportSlicesAmbiguous}. */
        HOST_IMPORT_SLICES_AMBIGUOUS("host-import-slices-ambiguous", Severity.ERROR),
        /** {@link #hostImportUnused}. */
        HOST_IMPORT_UNUSED("host-import-unused", Severity.WARNING);

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

    private LinkMessages() {}

    /**
     * A load-time link failure: a heading, "missing" when only what the caller gives is missing, since the module
     * itself matches then, and each problem on a line of its own.
     */
    public static String linkFailure(String interfaceName, List<LinkProblem> problems) {
        boolean onlyMissing = problems.stream().allMatch(problem -> MISSING.contains(problem.message().id()));
        String heading = onlyMissing ? "missing host functions for " + interfaceName + ":"
                : "the module does not match " + interfaceName + ":";
        return problems.stream()
                .map(problem -> problem.message().text())
                .collect(Collectors.joining("\n  ", heading + "\n  ", ""));
    }

    /** The binding calls an export the module does not have. */
    public static Message noSuchExport(String exportName, String moduleName, List<String> functionExports) {
        return new Message(Id.NO_SUCH_EXPORT, "no export " + quote(exportName) + " in " + moduleName + "; "
                + otherExports(exportName, functionExports));
    }

    /** The binding calls an export that is a memory, table, global or tag. */
    public static Message notAFunction(
            String exportName, String moduleName, ExternalType kind, List<String> functionExports) {
        return new Message(Id.NOT_A_FUNCTION, "export " + quote(exportName) + " of " + moduleName + " is "
                + kindName(kind) + ", not a function; " + otherExports(exportName, functionExports));
    }

    /** The export's type differs from what the Java method lowers to; adds a hint when the difference is a known one. */
    public static Message exportTypeMismatch(ExportSpec spec, String moduleName, FunctionType actual) {
        String message = typeMismatch(spec.exportName(), moduleName, actual, spec.javaSignature(), spec.wasmSignature())
                + " under the TinyGo ABI";
        return new Message(Id.EXPORT_TYPE_MISMATCH, exportHint(spec, actual)
                .map(hint -> message + ": " + hint.text())
                .orElse(message));
    }

    /**
     * The one parameter that {@link #exportTypeMismatch} names as declared wrongly, by its Java name, for the
     * problem to sit on; empty when the message names none or several.
     */
    static Optional<String> mistakenParameter(ExportSpec spec, FunctionType actual) {
        return exportHint(spec, actual).flatMap(Hint::parameter);
    }

    /** What {@link #exportTypeMismatch} suggests: the first hint that recognises the mismatch. */
    private static Optional<Hint> exportHint(ExportSpec spec, FunctionType actual) {
        return stringParameterHint(spec.javaSignature(), spec.wasmSignature(), actual)
                .or(() -> resultHint(spec.wasmSignature(), actual).map(text -> new Hint(text, List.of())))
                .or(() -> ptrLenHint(spec.wasmSignature(), actual));
    }

    /**
     * A hint at the fix of a type mismatch.
     *
     * @param parameters the Java parameters it names as declared wrongly
     */
    private record Hint(String text, List<String> parameters) {
        /** The parameter the hint names, when it names exactly one. */
        Optional<String> parameter() {
            return parameters.size() == 1 ? Optional.of(parameters.get(0)) : Optional.empty();
        }
    }

    /** Why a call needs the guest's allocator: for the messages of an export's needs. */
    public static final String FOR_ARGUMENTS = "to copy its arguments or return area into guest memory";
    /** Why a host function needs the guest's allocator. */
    public static final String FOR_HOST_RESULTS = "to hand its result to the guest";

    /**
     * A method needs the guest's allocator, but the module exports none of the known conventions: names them, the
     * exports that look like an allocator, and how to name one.
     */
    public static Message noAllocator(
            String javaSignature, String purpose, String moduleName, List<String> lookalikes) {
        String message = quote(javaSignature) + " needs the guest's allocator " + purpose + ", but " + moduleName
                + " exports none that wasmbind knows (" + knownConventions() + "); ";
        String declare = "@AllocatorExports(allocate = \"...\", free = \"...\")";
        if (lookalikes.isEmpty()) {
            return new Message(Id.NO_ALLOCATOR, message + "name its pair with " + declare + " on the interface, or "
                    + "pass and return only scalars");
        }
        return new Message(Id.NO_ALLOCATOR, message + "its exports " + list(lookalikes) + " look like one: name the "
                + "pair with " + declare + " on the interface" + guess(lookalikes).map(g -> "; did you mean " + g + "?")
                .orElse(""));
    }

    /** Several known allocator conventions fit the module, which cannot tell which one its exports expect. */
    public static Message allocatorAmbiguous(String moduleName, List<AllocatorConvention> fitting) {
        String pairs = fitting.stream().map(AllocatorConvention::describe).collect(Collectors.joining("; "));
        AllocatorNames first = AllocatorNames.of(fitting.get(0)).orElseThrow();
        return new Message(Id.ALLOCATOR_AMBIGUOUS, moduleName + " exports several allocators (" + pairs + "), and "
                + "which one its functions expect cannot be told from the module: name it on the interface, such as "
                + declaration(first));
    }

    /** {@code @AllocatorExports} names an export the module does not have. */
    public static Message declaredAllocatorMissing(String moduleName, String exportName, List<String> lookalikes) {
        String message = "@AllocatorExports names " + quote(exportName) + ", but " + moduleName
                + " exports no function of that name";
        List<String> near = NearNames.nearest(exportName, lookalikes);
        if (!near.isEmpty()) {
            return new Message(Id.DECLARED_ALLOCATOR_MISSING, message + "; " + didYouMean(near));
        }
        return new Message(Id.DECLARED_ALLOCATOR_MISSING, lookalikes.isEmpty()
                ? message + ", nor any that looks like an allocator"
                : message + "; its exports that look like an allocator are " + list(lookalikes));
    }

    /** An export {@code @AllocatorExports} names has a type no allocator has. */
    public static Message declaredAllocatorType(
            String moduleName, String exportName, FunctionType actual, boolean allocates) {
        String expected = allocates
                ? "an allocate export has type " + WasmSignature.describe(AllocatorConvention.ALLOCATE) + ", or "
                        + WasmSignature.describe(AllocatorConvention.REALLOC) + " as the canonical ABI's cabi_realloc"
                : "a free export has type " + WasmSignature.describe(AllocatorConvention.UNSIZED_FREE) + ", or "
                        + WasmSignature.describe(AllocatorConvention.SIZED_FREE) + " when it takes the length";
        return new Message(Id.DECLARED_ALLOCATOR_TYPE, "@AllocatorExports names " + quote(exportName) + " to "
                + (allocates ? "allocate" : "free") + ", but it has type " + WasmSignature.describe(actual) + " in "
                + moduleName + ": " + expected);
    }

    /** {@code @AllocatorExports} names an allocate export of type {@code (i32) -> i32} without its free. */
    public static Message declaredFreeMissing(String moduleName, String allocate) {
        return new Message(Id.DECLARED_FREE_MISSING, "@AllocatorExports names " + quote(allocate) + " of "
                + moduleName + " to allocate, but no free: the host frees what it allocates with this allocator, so "
                + "name its free export too, such as free = \"free\"");
    }

    /** {@code @AllocatorExports} names a free beside a canonical-ABI realloc, which has none. */
    public static Message declaredFreeBesideRealloc(String moduleName, AllocatorNames declared) {
        return new Message(Id.DECLARED_FREE_BESIDE_REALLOC, "@AllocatorExports names " + quote(declared.allocate())
                + " of " + moduleName + ", of the canonical ABI's cabi_realloc type, together with the free "
                + quote(declared.free()) + ", but under the canonical ABI the guest frees what it is given: remove "
                + "free = \"" + declared.free() + "\"");
    }

    /** A {@code @HostFrees} method of a canonical-ABI guest, whose allocator has no free. */
    public static Message resultNotFreeable(String javaSignature, String moduleName, String exportName) {
        return new Message(Id.RESULT_NOT_FREEABLE, quote(javaSignature) + " is annotated @HostFrees, but "
                + moduleName + " follows the canonical ABI, which gives the host no free: the guest releases the "
                + "result itself in " + quote(AllocatorConvention.POST_RETURN_PREFIX + exportName)
                + ", which the binding calls once it has read the result; remove @HostFrees");
    }

    /** A canonical-ABI post-return function whose type does not take the export's results. */
    public static Message postReturnTypeMismatch(
            String javaSignature, String moduleName, String postReturn, FunctionType actual, FunctionType expected) {
        return new Message(Id.POST_RETURN_TYPE_MISMATCH, quote(postReturn) + " has type "
                + WasmSignature.describe(actual) + " in " + moduleName + ", but the binding calls it after "
                + quote(javaSignature) + " with the export's results, as " + WasmSignature.describe(expected)
                + ": rebuild the guest, or rename the export");
    }

    /** A method needs an allocator export the module lacks. */
    public static Message allocatorMissing(String javaSignature, AllocatorExport allocator, String moduleName) {
        return new Message(Id.ALLOCATOR_MISSING,
                needsAllocator(javaSignature, allocator) + ", but " + moduleName + " does not export it");
    }

    /** A method needs an allocator export that the module exports as something other than a function. */
    public static Message allocatorNotAFunction(
            String javaSignature, AllocatorExport allocator, String moduleName, ExternalType kind) {
        return new Message(Id.ALLOCATOR_NOT_A_FUNCTION, needsAllocator(javaSignature, allocator) + ", but "
                + quote(allocator.exportName()) + " of " + moduleName + " is " + kindName(kind));
    }

    /** A method needs an allocator export whose type differs from the one the runtime calls. */
    public static Message allocatorTypeMismatch(
            String javaSignature, AllocatorExport allocator, String moduleName, FunctionType actual) {
        return new Message(Id.ALLOCATOR_TYPE_MISMATCH, needsAllocator(javaSignature, allocator) + ", but "
                + quote(allocator.exportName()) + " in " + moduleName + " has type " + WasmSignature.describe(actual));
    }

    /** The module imports a function that neither WASI nor any host interface of the binding provides. */
    public static Message importNotProvided(
            String moduleName, String importModule, String importName, FunctionType type) {
        return new Message(Id.IMPORT_NOT_PROVIDED, moduleName + " imports " + quote(importModule + "." + importName)
                + " " + WasmSignature.describe(type) + ", which neither WASI preview 1 nor a host interface provides: "
                + "declare it in a @HostModule(\"" + importModule + "\") interface listed in "
                + "@WasmModule(imports = ...), or serve it with a " + HostFunction.class.getName() + " given to "
                + "builder().hostFunctions(...) and list it in @WasmModule(rawImports = @RawImport(module = \""
                + importModule + "\", names = \"" + importName + "\"))");
    }

    /** At load time: an import the binding declares raw, for which no raw host function was given. */
    public static Message rawImportNotSupplied(
            String moduleName, String importModule, String importName, FunctionType type) {
        return new Message(Id.RAW_IMPORT_NOT_SUPPLIED, moduleName + " imports "
                + quote(importModule + "." + importName) + " " + WasmSignature.describe(type)
                + ", which @WasmModule(rawImports = ...) leaves to a raw host function, but none was given: pass a "
                + HostFunction.class.getName() + "(\"" + importModule + "\", \"" + importName
                + "\", ...) of that type to builder().hostFunctions(...)");
    }

    /** Warning: a raw import declared by name that the module does not import. */
    public static Message rawImportUnused(
            String moduleName, String importModule, String importName, List<String> importedNames) {
        String message = moduleName + " does not import " + quote(importModule + "." + importName)
                + ", so @RawImport lists it for nothing";
        List<String> near = NearNames.nearest(importName, importedNames);
        return new Message(Id.RAW_IMPORT_UNUSED,
                near.isEmpty() ? message + ": remove it" : message + "; " + didYouMean(near));
    }

    /** Warning: a raw import module from which the module imports nothing. */
    public static Message rawImportModuleUnused(String moduleName, String importModule, List<String> importModules) {
        String message = moduleName + " imports no function from module " + quote(importModule)
                + ", so @RawImport lists it for nothing";
        List<String> near = NearNames.nearest(importModule, importModules);
        return new Message(Id.RAW_IMPORT_MODULE_UNUSED,
                near.isEmpty() ? message + ": remove it" : message + "; " + didYouMean(near));
    }

    /** The module imports a function from a host module whose interface has no method for it. */
    public static Message importNotDeclared(
            String moduleName, String importModule, String importName, FunctionType type, String interfaceName) {
        return new Message(Id.IMPORT_NOT_DECLARED, moduleName + " imports " + quote(importModule + "." + importName)
                + " " + WasmSignature.describe(type) + ", which " + interfaceName + " does not declare: add a method "
                + "annotated @Import(\"" + importName + "\") to " + interfaceName);
    }

    /** At load time: the binding declares the host interface, but the user gave no implementation of it. */
    public static Message hostImplementationMissing(
            String moduleName, String importModule, String importName, String interfaceName, String builderMethod) {
        return new Message(Id.HOST_IMPLEMENTATION_MISSING, "missing implementation of " + interfaceName + ": "
                + moduleName + " imports " + quote(importModule + "." + importName) + "; give one with builder()."
                + builderMethod + "(...) or load(...)");
    }

    /** The module imports a memory, table, global or tag; wasmbind supplies functions only. */
    public static Message importNotSupported(
            String moduleName, ExternalType kind, String importModule, String importName) {
        return new Message(Id.IMPORT_NOT_SUPPORTED, moduleName + " imports " + kindName(kind) + " "
                + quote(importModule + "." + importName)
                + ", which wasmbind cannot supply: build the module so that it defines it instead");
    }

    /**
     * The module imports a host function with a type other than the one its Java method lowers to, whichever of its
     * slices it takes as {@code (ptr, len)}.
     */
    public static Message hostImportTypeMismatch(
            String moduleName, String importModule, ImportSpec spec, FunctionType actual) {
        String message = typeMismatch(importModule + "." + spec.importName(), moduleName, actual,
                spec.javaSignature(), spec.wasmSignature());
        return new Message(Id.HOST_IMPORT_TYPE_MISMATCH,
                stringParameterHint(spec.javaSignature(), spec.wasmSignature(), actual)
                        .map(hint -> message + ": " + hint.text())
                        .orElse(message));
    }

    /**
     * The one parameter that {@link #hostImportTypeMismatch} names as declared wrongly, by its Java name, for the
     * problem to sit on; empty when the message names none or several.
     */
    static Optional<String> mistakenParameter(ImportSpec spec, FunctionType actual) {
        return stringParameterHint(spec.javaSignature(), spec.wasmSignature(), actual).flatMap(Hint::parameter);
    }

    /**
     * The module's import fits the host method with either of several of its slices taken as {@code (ptr, len)}
     * rather than {@code (ptr, len, cap)}.
     *
     * @param choices for each way that fits, the slices it takes as {@code (ptr, len)}
     */
    public static Message hostImportSlicesAmbiguous(
            String moduleName, String importModule, ImportSpec spec, FunctionType actual, List<List<String>> choices) {
        String ways = choices.stream()
                .map(choice -> "with " + choice.stream().map(LinkMessages::quote).collect(Collectors.joining(" and "))
                        + " as (ptr, len)")
                .collect(Collectors.joining(", or "));
        return new Message(Id.HOST_IMPORT_SLICES_AMBIGUOUS, moduleName + " imports "
                + quote(importModule + "." + spec.importName()) + " as " + WasmSignature.describe(actual)
                + ", which fits " + quote(spec.javaSignature()) + " in several ways: " + ways + "; annotate each "
                + "parameter the guest passes as (ptr, len), without cap, with @PtrLen");
    }

    /** Warning: a host interface method that the module never imports, so it is never called. */
    public static Message hostImportUnused(
            String moduleName, String importModule, ImportSpec spec, List<String> importedNames) {
        String message = moduleName + " does not import " + quote(importModule + "." + spec.importName()) + ", so "
                + quote(spec.javaSignature()) + " is never called";
        List<String> near = NearNames.nearest(spec.importName(), importedNames);
        return new Message(Id.HOST_IMPORT_UNUSED, near.isEmpty() ? message : message + "; " + didYouMean(near));
    }

    /** A detail of an invalid module: two exports share a name, which Chicory refuses to instantiate. */
    static String duplicateExportName(String name, int first, int second) {
        return "exports " + first + " and " + second + " are both named " + quote(name) + ", but the exports of a "
                + "module must have distinct names";
    }

    /** A detail of an invalid module: an index that leads nowhere. */
    static String indexOutOfRange(String what, long index, int count) {
        return what + " " + index + ", but only " + count + " exist";
    }

    private static String typeMismatch(
            String name, String moduleName, FunctionType actual, String javaSignature, WasmSignature expected) {
        return quote(name) + " has type " + WasmSignature.describe(actual) + " in " + moduleName + ", but "
                + quote(javaSignature) + " needs " + expected;
    }

    /** Recognises the mismatches that come from how a result crosses the boundary, and names the fix. */
    private static Optional<String> resultHint(WasmSignature expected, FunctionType actual) {
        List<ValType> expectedParams = expected.functionType().params();
        boolean viaReturnArea = !expected.params().isEmpty()
                && expected.params().get(0).label().equals(WasmSignature.RETURN_POINTER);
        List<ValType> withoutReturnArea = viaReturnArea ? expectedParams.subList(1, expectedParams.size()) : List.of();
        List<ValType> withReturnArea = new ArrayList<>(expectedParams);
        withReturnArea.add(0, ValType.I32);

        if (viaReturnArea && actual.returns().size() > 1
                && actual.returns().stream().allMatch(ValType.I32::equals)
                && actual.params().equals(withoutReturnArea)) {
            return Optional.of("the guest returns the value as several results (ptr, len): the binding reads them "
                    + "so when the processor sees the module while compiling; put it where the processor finds it");
        }
        if (viaReturnArea && actual.returns().equals(List.of(ValType.I64))
                && actual.params().equals(withoutReturnArea)) {
            return Optional.of("the guest returns the value packed in one i64: annotate the method with "
                    + "@PackedResult, and with @PackedOrder(LENGTH_HIGH) too if the guest packs len << 32 | ptr rather "
                    + "than ptr << 32 | len");
        }
        if (expected.results().size() == 1 && actual.returns().isEmpty() && actual.params().equals(withReturnArea)) {
            // a scalar or @PackedResult was declared, but the guest writes its result to memory
            return Optional.of("the guest writes its result to a hidden return area (its first i32 parameter): "
                    + "declare a String, array or record result, without @PackedResult");
        }
        if (viaReturnArea && actual.returns().isEmpty() && actual.params().equals(withoutReturnArea)) {
            return Optional.of("the guest returns nothing here: declare the method void");
        }
        if (!actual.returns().isEmpty() && expected.results().isEmpty()) {
            return Optional.of("the guest returns " + results(actual.returns()) + ": declare a matching result type");
        }
        return Optional.empty();
    }

    /**
     * Recognises {@code int} parameters where the guest takes a pointer and a length, a string: the declaration
     * with {@code String} there fits the module, whatever the result's transport; only when exactly one choice of
     * parameters fits.
     */
    private static Optional<Hint> stringParameterHint(
            String javaSignature, WasmSignature expected, FunctionType actual) {
        List<WasmSignature.Param> params = expected.params();
        boolean viaReturnArea = !params.isEmpty() && params.get(0).label().equals(WasmSignature.RETURN_POINTER);
        List<WasmSignature.Param> own = viaReturnArea ? params.subList(1, params.size()) : params;
        List<ValType> actualOwn = actual.params();
        if (viaReturnArea && actual.returns().isEmpty()) {
            if (actualOwn.isEmpty() || !actualOwn.get(0).equals(ValType.I32)) {
                return Optional.empty();
            }
            actualOwn = actualOwn.subList(1, actualOwn.size());
        } else if (viaReturnArea ? !isRegionResult(actual.returns()) : !actual.returns().equals(expected.results())) {
            return Optional.empty();
        }
        // the i32 parameters that stand for a whole Java parameter: int, char, boolean and the like
        List<Integer> scalars = new ArrayList<>();
        for (int i = 0; i < own.size(); i++) {
            if (own.get(i).type().equals(ValType.I32) && own.get(i).label().equals(own.get(i).javaName())) {
                scalars.add(i);
            }
        }
        int widened = actualOwn.size() - own.size();
        if (widened <= 0 || widened > scalars.size()) {
            return Optional.empty();
        }
        List<List<String>> fitting = new ArrayList<>();
        for (List<Integer> chosen : Combinations.choose(scalars, widened)) {
            List<ValType> types = new ArrayList<>();
            for (int i = 0; i < own.size(); i++) {
                types.add(own.get(i).type());
                if (chosen.contains(i)) {
                    types.add(ValType.I32);
                }
            }
            if (types.equals(actualOwn)) {
                fitting.add(chosen.stream().map(i -> own.get(i).label()).toList());
            }
        }
        // several that fit (`int add(int a, int b)` for three i32) would be a guess
        if (fitting.size() != 1) {
            return Optional.empty();
        }
        List<String> names = fitting.get(0);
        return Optional.of(new Hint("the guest takes " + names.stream().map(LinkMessages::quote)
                .collect(Collectors.joining(" and ")) + " as a pointer and a length, as a string: did you mean "
                + quote(withStrings(javaSignature, names)) + "?", names));
    }

    /** A String or array result without a return area: packed in one i64, or as several i32 results. */
    private static boolean isRegionResult(List<ValType> results) {
        return results.equals(List.of(ValType.I64))
                || results.size() > 1 && results.stream().allMatch(ValType.I32::equals);
    }

    /** {@code String greeting(int name)} with {@code name} a String: {@code String greeting(String name)}. */
    private static String withStrings(String javaSignature, List<String> names) {
        int open = javaSignature.indexOf('(');
        String params = javaSignature.substring(open + 1, javaSignature.length() - 1);
        List<String> rewritten = new ArrayList<>();
        for (String param : params.split(", ")) {
            String name = param.substring(param.lastIndexOf(' ') + 1);
            rewritten.add(names.contains(name) ? "String " + name : param);
        }
        return javaSignature.substring(0, open + 1) + String.join(", ", rewritten) + ")";
    }

    /** Recognises slices that the guest takes as {@code (ptr, len)}, without {@code cap}. */
    private static Optional<Hint> ptrLenHint(WasmSignature expected, FunctionType actual) {
        List<WasmSignature.Param> withoutCap = expected.params().stream()
                .filter(param -> !param.isCapacity())
                .toList();
        if (withoutCap.size() == expected.params().size()
                || !actual.returns().equals(expected.results())
                || !actual.params().equals(withoutCap.stream().map(WasmSignature.Param::type).toList())) {
            return Optional.empty();
        }
        List<String> names = expected.params().stream()
                .filter(WasmSignature.Param::isCapacity)
                .map(WasmSignature.Param::javaName)
                .toList();
        return Optional.of(new Hint("the guest takes " + names.stream().map(LinkMessages::quote)
                .collect(Collectors.joining(", ")) + " as (ptr, len), without cap: annotate with @PtrLen", names));
    }

    private static String results(List<ValType> types) {
        String names = types.stream().map(WasmSignature::name).collect(Collectors.joining(", "));
        return types.size() == 1 ? names : "(" + names + ")";
    }

    private static String needsAllocator(String javaSignature, AllocatorExport allocator) {
        return quote(javaSignature) + " needs the guest's " + quote(allocator.exportName()) + " export "
                + WasmSignature.describe(allocator.type()) + " " + allocator.purpose();
    }

    /** The known conventions, as the messages list them. */
    private static String knownConventions() {
        return AllocatorConvention.KNOWN.stream()
                .map(convention -> {
                    AllocatorNames names = AllocatorNames.of(convention).orElseThrow();
                    if (names.free().isEmpty()) {
                        return quote(names.allocate());
                    }
                    String free = convention instanceof AllocatorConvention.Sized
                            ? names.free() + "(ptr, len)"
                            : names.free() + "(ptr)";
                    return quote(names.allocate()) + "/" + quote(free);
                })
                .collect(Collectors.joining(", "));
    }

    /** A guess at the pair among exports that look like an allocator: the first of each kind. */
    private static Optional<String> guess(List<String> lookalikes) {
        Optional<String> free = lookalikes.stream()
                .filter(name -> name.toLowerCase(Locale.ROOT).contains("free")
                        || name.toLowerCase(Locale.ROOT).contains("dealloc"))
                .findFirst();
        Optional<String> allocate = lookalikes.stream()
                .filter(name -> free.map(f -> !f.equals(name)).orElse(true))
                .filter(name -> !name.toLowerCase(Locale.ROOT).contains("dealloc"))
                .filter(name -> name.toLowerCase(Locale.ROOT).contains("alloc"))
                .findFirst();
        if (allocate.isEmpty() || free.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(declaration(new AllocatorNames(allocate.get(), free.get())));
    }

    private static String declaration(AllocatorNames names) {
        return names.free().isEmpty()
                ? "@AllocatorExports(allocate = \"" + names.allocate() + "\")"
                : "@AllocatorExports(allocate = \"" + names.allocate() + "\", free = \"" + names.free() + "\")";
    }

    private static String list(List<String> names) {
        return names.stream().limit(MAX_LISTED).map(LinkMessages::quote).collect(Collectors.joining(", "));
    }

    /** What to call instead: the nearest function exports but the allocator's, or else all of them. */
    private static String otherExports(String exportName, List<String> functionExports) {
        List<String> near = NearNames.nearest(exportName, functionExports.stream()
                .filter(name -> !AllocatorRecognition.isAllocatorExport(name))
                .toList());
        if (!near.isEmpty()) {
            return didYouMean(near);
        }
        if (functionExports.isEmpty()) {
            return "it exports no functions";
        }
        String listed = functionExports.stream()
                .limit(MAX_LISTED)
                .map(LinkMessages::quote)
                .collect(Collectors.joining(", ", "its function exports are ", ""));
        int more = functionExports.size() - MAX_LISTED;
        return more > 0 ? listed + " and " + more + " more" : listed;
    }

    /** "did you mean `A`?", "did you mean `A` or `B`?", "did you mean `A`, `B` or `C`?" */
    private static String didYouMean(List<String> names) {
        List<String> quoted = names.stream().map(LinkMessages::quote).toList();
        String last = quoted.get(quoted.size() - 1);
        String alternatives = quoted.size() == 1
                ? last
                : String.join(", ", quoted.subList(0, quoted.size() - 1)) + " or " + last;
        return "did you mean " + alternatives + "?";
    }

    private static String kindName(ExternalType kind) {
        return "a " + kind.name().toLowerCase(Locale.ROOT);
    }

    private static String quote(String value) {
        return "`" + value + "`";
    }
}
