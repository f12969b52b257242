package dev.wasmbind.cli;

import com.dylibso.chicory.wasm.types.ExternalType;
import com.dylibso.chicory.wasm.types.FunctionType;
import com.dylibso.chicory.wasm.types.ValType;
import com.squareup.javapoet.ClassName;
import dev.wasmbind.processor.abi.AbiType;
import dev.wasmbind.processor.abi.GoTypes;
import dev.wasmbind.processor.abi.MethodLowering;
import dev.wasmbind.runtime.internal.AllocatorConvention;
import dev.wasmbind.runtime.internal.Modules;
import dev.wasmbind.runtime.internal.WasmSignature;
import dev.wasmbind.runtime.internal.link.AllocatorRecognition;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Builds the {@link Draft} of a module: every export and import with the Java types its wasm type allows, refined by
 * the Go declarations where the module agrees with them. It never guesses: what it cannot tell, and every
 * disagreement between module and source, becomes a comment.
 */
final class Drafter {
    private static final Set<String> ENTRY_POINTS = Set.of("_start", "_initialize");
    private static final String ASYNCIFY_PREFIX = "asyncify_";
    private static final String WASI_MODULE = "wasi_snapshot_preview1";
    private static final String TINYGO = "TinyGo";

    private final ModuleFacts module;
    private final String packageName;
    private final String interfaceName;
    private final boolean withSource;
    private final Map<String, GoFunction> functionsByName = new LinkedHashMap<>();
    private final Map<String, GoFunction> goExports = new LinkedHashMap<>();
    private final Map<List<String>, GoFunction> goImports = new LinkedHashMap<>();
    private final List<String> header = new ArrayList<>();
    /** Comments on Go directives that name a function already declared, in source order. */
    private final List<String> repeatedDirectives = new ArrayList<>();
    private final List<AbiType> records = new ArrayList<>();
    /** Simple names of the interface and the types nested in it, which must differ. */
    private final Set<String> typeNames = new HashSet<>();

    private Drafter(ModuleFacts module, List<GoFunction> functions, boolean withSource, String packageName,
            String interfaceName) {
        this.module = module;
        this.packageName = packageName;
        this.interfaceName = interfaceName;
        this.withSource = withSource;
        typeNames.add(interfaceName);
        for (GoFunction function : functions) {
            functionsByName.putIfAbsent(function.name(), function);
            GoFunction first = null;
            if (function.directive().orElse(null) instanceof GoFunction.Export export) {
                first = goExports.putIfAbsent(export.name(), function);
            } else if (function.directive().orElse(null) instanceof GoFunction.Import imported) {
                first = goImports.putIfAbsent(List.of(imported.module(), imported.name()), function);
            }
            if (first != null) {
                repeatedDirectives.add(function.location() + " repeats " + function.directive().get().quoted()
                        + " of " + first.location() + ": the draft reads the first.");
            }
        }
    }

    /**
     * Drafts the interface.
     *
     * @param sources the names of the Go files {@code functions} come from; empty for a draft from the module alone
     * @param name the interface's simple name; empty for one made from the module's file name
     */
    static Draft draft(ModuleFacts module, List<GoFunction> functions, List<String> sources, String packageName,
            Optional<String> name) {
        String interfaceName = name.orElseGet(() -> JavaText.typeName(baseName(module.fileName()), "Module"));
        return new Drafter(module, functions, !sources.isEmpty(), packageName, interfaceName).draft(sources);
    }

    private Draft draft(List<String> sources) {
        header.add("Drafted by wasmbind-cli from " + module.fileName()
                + (sources.isEmpty() ? "" : " and " + String.join(", ", sources))
                + ". The Javadoc says where each declaration comes from and what the draft could not tell.");
        header.addAll(producers());
        if (!Modules.isModuleName(module.fileName())) {
            header.add("@WasmModule needs a resource name ending in " + Modules.SUFFIX + ": rename " + module.fileName()
                    + " and the annotation's value.");
        }
        if (!withSource) {
            header.add("Without the Go source, names and Go types are unknown: an i32 may be a Go int32, uint32, int, "
                    + "bool, smaller integer or pointer, and the draft reads each as int. Pass the module's .go "
                    + "files after it to draft them.");
        }
        header.addAll(repeatedDirectives);

        header.add(allocator());
        List<Draft.Method> exports = exports();
        List<Draft.Host> hosts = hosts();
        unmatchedGo();
        return new Draft(packageName, interfaceName, module.fileName(), header, records, exports, hosts);
    }

    private List<String> producers() {
        if (module.producersProblem().isPresent()) {
            return List.of("The producers section is malformed (" + module.producersProblem().get()
                    + "): it does not say what built the module.");
        }
        if (module.producers().isEmpty()) {
            return List.of("The module has no producers section: it does not say what built it.");
        }
        Producers producers = module.producers().get();
        String fields = producers.fields().stream()
                .map(field -> field.name() + ": " + field.values().stream()
                        .map(Producers.Value::toString)
                        .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; "));
        String tinyGo = producers.versionOf(TINYGO)
                .map(version -> "Built by TinyGo " + version + ", as its producers section says: " + fields + ".")
                .orElse("The producers section names no TinyGo version: " + fields + ".");
        return List.of(tinyGo);
    }

    // ---- exports

    /** What the binding will allocate with: the allocator the processor recognises in the module, as it will. */
    private String allocator() {
        Map<String, FunctionType> functions = new LinkedHashMap<>();
        module.exports().forEach(export -> export.type().ifPresent(type -> functions.put(export.name(), type)));
        AllocatorRecognition.Result recognised = AllocatorRecognition.recognise(functions);
        if (recognised instanceof AllocatorRecognition.Ambiguous ambiguous) {
            return "Several allocators: " + ambiguous.fitting().stream().map(AllocatorConvention::describe)
                    .collect(Collectors.joining("; ")) + ". Name the one the exports expect with @AllocatorExports "
                    + "before passing or returning strings and arrays.";
        }
        AllocatorConvention convention = recognised.convention();
        if (convention instanceof AllocatorConvention.None) {
            return "No allocator export: only scalars can cross. A String or array parameter, or a result read "
                    + "through a return area, needs one; name it with @AllocatorExports if the module has one under "
                    + "other names.";
        }
        return "Allocator: " + convention.describe() + (convention instanceof AllocatorConvention.CanonicalAbi
                ? ", which leaves the arguments to the callee; cabi_post_<export> releases results."
                : (convention instanceof AllocatorConvention.Sized
                        ? ", given the length to free." : ".")) + " The binding recognises and calls it itself.";
    }

    private List<Draft.Method> exports() {
        Map<String, List<String>> leftOut = new LinkedHashMap<>();
        Set<String> usedNames = new HashSet<>();
        List<Draft.Method> methods = new ArrayList<>();
        for (ModuleFacts.Entity export : module.exports()) {
            String name = export.name();
            if (export.kind() != ExternalType.FUNCTION) {
                leftOut.computeIfAbsent(kindName(export.kind()), reason -> new ArrayList<>()).add(name);
            } else if (AllocatorRecognition.isAllocatorExport(name)) {
                leftOut.computeIfAbsent("the allocator, which the binding calls itself", r -> new ArrayList<>())
                        .add(name);
            } else if (ENTRY_POINTS.contains(name)) {
                leftOut.computeIfAbsent("the entry point", r -> new ArrayList<>()).add(name);
                header.add("Entry point `" + name + "` (" + (name.equals("_start") ? "a command" : "a reactor")
                        + " build): the binding runs it when it loads.");
            } else if (name.isEmpty()) {
                leftOut.computeIfAbsent("an empty name, which @Export cannot give", r -> new ArrayList<>()).add(name);
            } else if (name.startsWith(ASYNCIFY_PREFIX)) {
                leftOut.computeIfAbsent("asyncify's helpers", r -> new ArrayList<>()).add(name);
            } else {
                FunctionType type = export.type().orElseThrow();
                String javaName = unique(JavaText.methodName(name), usedNames);
                Optional<Draft.Method> method = Optional.ofNullable(goExports.get(name))
                        .map(go -> fromGo(go, javaName, name, true, type))
                        .orElseGet(() -> fromModule(javaName, name, true, true, type, notFoundInSource("//export")))
                        .map(drafted -> introduced(drafted, "Calls the guest's export `" + name + "`, of wasm type `"
                                + WasmSignature.describe(type) + "`."));
                method.ifPresentOrElse(methods::add, () -> leftOut.computeIfAbsent(
                        "types no Java type can stand for", r -> new ArrayList<>()).add(name));
            }
        }
        if (!leftOut.isEmpty()) {
            header.add(leftOut.entrySet().stream()
                    .map(entry -> entry.getValue().stream().map(n -> "`" + n + "`")
                            .collect(Collectors.joining(", ")) + " (" + entry.getKey() + ")")
                    .collect(Collectors.joining("; ", "Left out of the interface: ", ".")));
        }
        return methods;
    }

    // ---- imports

    private List<Draft.Host> hosts() {
        Map<String, List<ModuleFacts.Entity>> byModule = new LinkedHashMap<>();
        List<String> wasi = new ArrayList<>();
        for (ModuleFacts.Entity imported : module.imports()) {
            if (imported.module().equals(WASI_MODULE)) {
                wasi.add(imported.name());
            } else if (imported.kind() != ExternalType.FUNCTION || imported.name().isEmpty()) {
                String what = imported.name().isEmpty() ? "a function with an empty name, which @Import cannot give"
                        : kindName(imported.kind()) + ", which wasmbind cannot provide";
                header.add("Imports `" + imported.module() + "." + imported.name() + "`, " + what
                        + ": the processor rejects the module.");
            } else {
                byModule.computeIfAbsent(imported.module(), m -> new ArrayList<>()).add(imported);
            }
        }
        if (!wasi.isEmpty()) {
            header.add("The runtime's WASI preview 1 provides the imports from " + WASI_MODULE + ": "
                    + String.join(", ", wasi) + ".");
        }
        List<Draft.Host> hosts = new ArrayList<>();
        for (Map.Entry<String, List<ModuleFacts.Entity>> entry : byModule.entrySet()) {
            String importModule = entry.getKey();
            Set<String> usedNames = new HashSet<>();
            List<Draft.Method> methods = new ArrayList<>();
            for (ModuleFacts.Entity imported : entry.getValue()) {
                FunctionType type = imported.type().orElseThrow();
                String name = imported.name();
                String javaName = unique(JavaText.methodName(name), usedNames);
                boolean annotated = !javaName.equals(name);
                Optional.ofNullable(goImports.get(List.of(importModule, name)))
                        .map(go -> fromGo(go, javaName, name, annotated, type))
                        .orElseGet(() -> fromModule(javaName, name, annotated, false, type,
                                notFoundInSource("//go:wasmimport " + importModule)))
                        .map(drafted -> introduced(drafted, "Implements the guest's import `" + importModule + "."
                                + name + "`, of wasm type `" + WasmSignature.describe(type) + "`."))
                        .ifPresentOrElse(methods::add, () -> header.add("Import `" + importModule + "." + name + "` "
                                + WasmSignature.describe(type) + " has types no Java type can stand for: the "
                                + "processor rejects the module."));
            }
            hosts.add(new Draft.Host(uniqueType(JavaText.typeName(importModule, "Module")), importModule, methods));
        }
        return hosts;
    }

    /** Go declarations of exports and imports that the module lacks. */
    private void unmatchedGo() {
        goExports.forEach((name, go) -> {
            if (module.exportedFunction(name).isEmpty()) {
                header.add(go.location() + " declares " + go.directive().get().quoted() + ", but "
                        + module.fileName() + " exports no function `" + name + "`: left out.");
            }
        });
        goImports.forEach((key, go) -> {
            if (module.importedFunction(key.get(0), key.get(1)).isEmpty()) {
                header.add(go.location() + " declares " + go.directive().get().quoted() + ", but "
                        + module.fileName() + " does not import `" + key.get(0) + "." + key.get(1) + "`: left out.");
            }
        });
    }

    // ---- methods

    /** The method with {@code line} as the first of its comments. */
    private static Draft.Method introduced(Draft.Method method, String line) {
        List<String> comments = new ArrayList<>();
        comments.add(line);
        comments.addAll(method.comments());
        return new Draft.Method(method.javaName(), method.wasmName(), method.nameAnnotated(), method.params(),
                method.result(), method.packedResult(), method.hostFrees(), comments);
    }

    /** A comment for a function the Go sources do not declare; none when no sources were given. */
    private List<String> notFoundInSource(String directive) {
        return withSource ? List.of("No " + directive + " for it in the Go sources: drafted from the module alone.")
                : List.of();
    }

    /** From the module's type alone; empty when a type has no Java counterpart (vectors, references, multivalue). */
    private static Optional<Draft.Method> fromModule(String javaName, String wasmName, boolean annotated,
            boolean isExport, FunctionType type, List<String> comments) {
        if (type.returns().size() > 1) {
            return Optional.empty();
        }
        List<MethodLowering.Param> params = new ArrayList<>();
        for (ValType param : type.params()) {
            Optional<AbiType> scalar = AbiType.ofWasm(param);
            if (scalar.isEmpty()) {
                return Optional.empty();
            }
            params.add(new MethodLowering.Param("arg" + params.size(), scalar.get()));
        }
        Optional<AbiType> result = Optional.empty();
        if (type.returns().size() == 1) {
            result = AbiType.ofWasm(type.returns().get(0));
            if (result.isEmpty()) {
                return Optional.empty();
            }
        }
        List<String> all = new ArrayList<>(comments);
        if (isExport && type.returns().isEmpty() && !type.params().isEmpty()
                && type.params().get(0).equals(ValType.I32)) {
            all.add(WasmSignature.describe(type) + ": the first i32 may be a hidden return area (how a Go string, "
                    + "slice, struct or several results come back), which the module alone cannot tell; if so, "
                    + "declare that result type instead of the parameter.");
        }
        return Optional.of(new Draft.Method(javaName, wasmName, annotated, params, result, false, false, all));
    }

    /**
     * From the Go declaration when the module's type agrees with its lowering; else from the module, with a comment
     * saying why. {@code annotated} is true for exports, which always get {@code @Export}.
     */
    private Optional<Draft.Method> fromGo(
            GoFunction go, String javaName, String wasmName, boolean annotated, FunctionType type) {
        boolean isExport = go.directive().orElseThrow() instanceof GoFunction.Export;
        List<String> comments = new ArrayList<>();
        comments.add("From " + go.location() + ": " + go.directive().get().quoted() + " on `" + go.signature() + "`.");
        Mapping mapping = map(go, javaName, isExport);
        if (mapping.problem().isPresent()) {
            comments.add(mapping.problem().get() + ": the method follows the module's type.");
            return fromModule(javaName, wasmName, annotated, isExport, type, comments);
        }
        List<MethodLowering.Fit> lowerings = isExport
                ? MethodLowering.exportLowerings(mapping.params(), mapping.result(), false)
                : MethodLowering.importLowerings(mapping.params(), mapping.result());
        Optional<MethodLowering.Fit> fit = lowerings.stream()
                .filter(lowering -> lowering.signature().matches(type))
                .findFirst();
        if (fit.isEmpty()) {
            comments.add("The Go declaration lowers to " + lowerings.stream()
                    .map(lowering -> lowering.signature().toString())
                    .collect(Collectors.joining(" or ")) + " under the TinyGo ABI, but " + module.fileName()
                    + (isExport ? " exports it as " : " imports it as ") + WasmSignature.describe(type)
                    + ": module and source disagree, and the method follows the module.");
            return fromModule(javaName, wasmName, annotated, isExport, type, comments);
        }
        if (fit.get() != lowerings.get(0)) {
            comments.add("The module returns " + fit.get().description() + ", which the processor reads from its "
                    + "type of `" + wasmName + "`.");
        }
        Optional<Draft.Method> byHand = byHandString(go, javaName, wasmName, annotated, isExport, comments);
        if (byHand.isPresent()) {
            return byHand;
        }
        mapping.record().ifPresent(records::add);
        boolean hostFrees = false;
        unsignedNote(go).ifPresent(comments::add);
        pointerNote(go).ifPresent(comments::add);
        if (mapping.result().filter(AbiType::isRegion).isPresent()) {
            Ownership.Evidence evidence = Ownership.of(go, functionsByName);
            hostFrees = evidence instanceof Ownership.HostFrees;
            comments.add(ownership(evidence));
        }
        return Optional.of(new Draft.Method(
                javaName, wasmName, annotated, mapping.params(), mapping.result(), false, hostFrees, comments));
    }

    /** A Go declaration in Java types, or the reason it has none; {@code record} is a new record for its results. */
    private record Mapping(
            List<MethodLowering.Param> params, Optional<AbiType> result, Optional<AbiType> record,
            Optional<String> problem) {
        static Mapping failed(String problem) {
            return new Mapping(List.of(), Optional.empty(), Optional.empty(), Optional.of(problem));
        }
    }

    private Mapping map(GoFunction go, String javaName, boolean isExport) {
        List<MethodLowering.Param> params = new ArrayList<>();
        Set<String> paramNames = new HashSet<>();
        for (GoFunction.Param param : go.params()) {
            Optional<AbiType> value = GoTypes.javaType(param.type());
            if (value.isEmpty()) {
                return Mapping.failed(unknownType("parameter `" + param.name() + "`", param.type()));
            }
            String name = param.name().isEmpty() || param.name().equals("_")
                    ? "arg" + params.size()
                    : JavaText.variableName(param.name());
            params.add(new MethodLowering.Param(unique(name, paramNames), value.get()));
        }
        List<AbiType.Component> results = new ArrayList<>();
        Set<String> componentNames = new HashSet<>();
        for (GoFunction.Param result : go.results()) {
            Optional<AbiType> value = GoTypes.javaType(result.type());
            if (value.isEmpty()) {
                return Mapping.failed(unknownType("result", result.type()));
            }
            // a record component may not be named like a method of Object
            String name = result.name().isEmpty() || result.name().equals("_")
                    ? "result" + results.size()
                    : JavaText.methodName(result.name());
            results.add(new AbiType.Component(unique(name, componentNames), value.get()));
        }
        if (!isExport && (results.size() > 1 || results.stream().anyMatch(r -> !r.type().isScalar()))) {
            return Mapping.failed("A host function returns a primitive or nothing, not " + go.results().stream()
                    .map(GoFunction.Param::type).collect(Collectors.joining(", ", "(", ")")));
        }
        if (results.size() <= 1) {
            return new Mapping(params, results.stream().map(AbiType.Component::type).findFirst(), Optional.empty(),
                    Optional.empty());
        }
        String recordName = uniqueType(JavaText.typeName(javaName, "Function") + "Result");
        AbiType record = AbiType.record(ClassName.get(packageName, interfaceName, recordName), results);
        return new Mapping(params, Optional.of(record), Optional.of(record), Optional.empty());
    }

    private static String unknownType(String what, String goType) {
        return "The draft cannot tell what the " + what + " of Go type `" + goType + "` is (it maps predeclared "
                + "types, pointers and their slices, and resolves no named type)";
    }

    // ---- notes on Go declarations

    /**
     * The hand-written string conventions: {@code (ptr, size uint32)} is a string passed by hand, and a
     * {@code uint64} result packs one as {@code ptr << 32 | size} (or {@code size << 32 | ptr}). The draft declares
     * the String form, which binds the same function and does the copying; empty when the Go declaration is not of
     * this shape.
     */
    private Optional<Draft.Method> byHandString(GoFunction go, String javaName, String wasmName, boolean annotated,
            boolean isExport, List<String> comments) {
        List<GoFunction.Param> params = go.params();
        if (params.size() != 2 || !params.stream().allMatch(p -> p.type().equals("uint32"))) {
            return Optional.empty();
        }
        boolean packed = isExport && go.results().size() == 1 && GoTypes.isUint64(go.results().get(0).type());
        if (!go.results().isEmpty() && !packed) {
            return Optional.empty();
        }
        String name = isExport ? stringName(go) : "s";
        comments.add("`" + params.get(0).name() + "` and `" + params.get(1).name() + "` (Go uint32) are a string "
                + "passed by hand as pointer and byte length: " + (isExport
                        ? "the binding copies `String " + name + "` into the guest and passes them."
                        : "the host function receives them as `String " + name + "`.")
                + " For raw bytes, declare `@PtrLen byte[] " + name + "` instead.");
        List<MethodLowering.Param> stringParam = List.of(new MethodLowering.Param(name, AbiType.STRING));
        if (!packed) {
            return Optional.of(new Draft.Method(
                    javaName, wasmName, annotated, stringParam, Optional.empty(), false, false, comments));
        }
        Ownership.Evidence evidence = Ownership.of(go, functionsByName);
        comments.add("The uint64 result is a string returned as ptr << 32 | size (@PackedResult); add "
                + "@PackedOrder(LENGTH_HIGH) if it packs size << 32 | ptr instead. " + ownership(evidence));
        return Optional.of(new Draft.Method(javaName, wasmName, annotated, stringParam,
                Optional.of(AbiType.STRING), true, evidence instanceof Ownership.HostFrees, comments));
    }

    /** The name the body gives the string it reads from the pointer pair ({@code name := ptrToString(ptr, size)}). */
    private static String stringName(GoFunction go) {
        String pointer = Pattern.quote(go.params().get(0).name());
        String size = Pattern.quote(go.params().get(1).name());
        Matcher assigned = Pattern.compile(
                "([A-Za-z_][A-Za-z0-9_]*)\\s*:?=\\s*[A-Za-z_][A-Za-z0-9_.]*\\(\\s*" + pointer + "\\s*,\\s*" + size
                        + "\\s*\\)").matcher(go.body().orElse(""));
        return assigned.find() ? JavaText.variableName(assigned.group(1)) : "s";
    }

    private static String ownership(Ownership.Evidence evidence) {
        if (evidence instanceof Ownership.HostFrees hostFrees) {
            return "The result is the host's to free (@HostFrees): " + Ownership.describe(hostFrees.path()) + ".";
        }
        if (evidence instanceof Ownership.Unclear unclear) {
            return "Who frees the result is unclear: " + Ownership.describe(unclear.path())
                    + ", but also free; without @HostFrees the binding never frees it.";
        }
        return "The result is guest-owned as far as the source shows (no malloc on its way): the binding copies it "
                + "and never frees it.";
    }

    private static Optional<String> unsignedNote(GoFunction go) {
        List<String> notes = new ArrayList<>();
        List<String> uint32 = unsignedNames(go, GoTypes::isUint32);
        if (!uint32.isEmpty()) {
            notes.add(describeNames(uint32) + " Go uint32: Java int keeps every bit (past 2147483647 "
                    + (uint32.size() == 1 ? "it reads" : "they read") + " negative); @Unsigned long reads 0 to "
                    + "4294967295.");
        }
        List<String> uint64 = unsignedNames(go, GoTypes::isUint64);
        if (!uint64.isEmpty()) {
            notes.add(describeNames(uint64) + " Go uint64: Java long keeps every bit (past Long.MAX_VALUE "
                    + (uint64.size() == 1 ? "it reads" : "they read") + " negative).");
        }
        return notes.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", notes));
    }

    private static List<String> unsignedNames(GoFunction go, Predicate<String> isType) {
        List<String> names = new ArrayList<>();
        go.params().stream().filter(p -> isType.test(p.type())).forEach(p -> names.add("`" + p.name() + "`"));
        if (go.results().size() == 1 && isType.test(go.results().get(0).type())) {
            names.add("the result");
        }
        return names;
    }

    /** "`x` is", "`x` and `y` are", "`x`, `y` and the result are". */
    private static String describeNames(List<String> names) {
        if (names.size() == 1) {
            return capitalizeFirst(names.get(0)) + " is";
        }
        return capitalizeFirst(String.join(", ", names.subList(0, names.size() - 1)) + " and "
                + names.get(names.size() - 1)) + " are";
    }

    private static String capitalizeFirst(String text) {
        return text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    private static Optional<String> pointerNote(GoFunction go) {
        List<String> pointers = go.params().stream()
                .filter(p -> GoTypes.isPointer(p.type()))
                .map(p -> "`" + p.name() + "`")
                .toList();
        return pointers.isEmpty() ? Optional.empty() : Optional.of(describeNames(pointers)
                + " a Go pointer: an int address in guest memory.");
    }

    // ---- names

    private static String unique(String name, Set<String> used) {
        String candidate = name;
        for (int n = 2; !used.add(candidate); n++) {
            candidate = name + n;
        }
        return candidate;
    }

    private String uniqueType(String name) {
        return unique(name, typeNames);
    }

    private static String baseName(String fileName) {
        return fileName.endsWith(Modules.SUFFIX) ? fileName.substring(0, fileName.length() - Modules.SUFFIX.length())
                : fileName;
    }

    private static String kindName(ExternalType kind) {
        return "a " + kind.name().toLowerCase(Locale.ROOT);
    }
}
