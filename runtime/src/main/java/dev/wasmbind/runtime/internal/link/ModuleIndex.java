package dev.wasmbind.runtime.internal.link;

import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.Export;
import com.dylibso.chicory.wasm.types.ExportSection;
import com.dylibso.chicory.wasm.types.ExternalType;
import com.dylibso.chicory.wasm.types.FunctionImport;
import com.dylibso.chicory.wasm.types.FunctionType;
import com.dylibso.chicory.wasm.types.Import;
import com.dylibso.chicory.wasm.types.ImportSection;
import com.dylibso.chicory.wasm.types.MemorySection;
import dev.wasmbind.runtime.InvalidModuleException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** What the link check asks of a module, resolved once: its exports by name, its imports, and function types. */
final class ModuleIndex {
    private final WasmModule module;
    private final Map<String, Export> exports = new LinkedHashMap<>();
    private final List<Import> imports;
    private final List<FunctionImport> functionImports;

    ModuleIndex(WasmModule module, String moduleName) {
        this.module = module;
        ExportSection exportSection = module.exportSection();
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < exportSection.exportCount(); i++) {
            Export export = exportSection.getExport(i);
            Integer first = positions.putIfAbsent(export.name(), i);
            if (first != null) {
                // Chicory's parser lets this through, but it refuses to instantiate the module
                throw new InvalidModuleException(
                        moduleName, LinkMessages.duplicateExportName(export.name(), first, i), null);
            }
            exports.put(export.name(), export);
        }
        List<Import> imports = new ArrayList<>();
        List<FunctionImport> functionImports = new ArrayList<>();
        ImportSection importSection = module.importSection();
        for (int i = 0; i < importSection.importCount(); i++) {
            Import imported = importSection.getImport(i);
            imports.add(imported);
            if (imported instanceof FunctionImport function) {
                functionImports.add(function);
            }
        }
        this.imports = List.copyOf(imports);
        this.functionImports = List.copyOf(functionImports);
        checkIndices(moduleName);
    }

    /**
     * The indices the link check follows, and those of every export, which Chicory checks when it instantiates a
     * module, must lead somewhere; a damaged module's may not.
     */
    private void checkIndices(String moduleName) {
        int types = module.typeSection().typeCount();
        for (FunctionImport function : functionImports) {
            checkIndex(moduleName, function.typeIndex(), types,
                    "import `" + function.module() + "." + function.name() + "` has type index");
        }
        for (int i = 0; i < module.functionSection().functionCount(); i++) {
            checkIndex(moduleName, module.functionSection().getFunctionType(i), types,
                    "function " + i + " has type index");
        }
        for (Export export : exports.values()) {
            checkIndex(moduleName, export.index(), count(export.exportType()), "export `" + export.name() + "` has "
                    + export.exportType().name().toLowerCase(Locale.ROOT) + " index");
        }
    }

    /** How many of this kind the module has, imported and its own; tags, which Chicory does not check, as many. */
    private int count(ExternalType type) {
        int imported = module.importSection().count(type);
        return switch (type) {
            case FUNCTION -> imported + module.functionSection().functionCount();
            case GLOBAL -> imported + module.globalSection().globalCount();
            case TABLE -> imported + module.tableSection().tableCount();
            case MEMORY -> imported + module.memorySection().map(MemorySection::memoryCount).orElse(0);
            default -> Integer.MAX_VALUE;
        };
    }

    private static void checkIndex(String moduleName, long index, int count, String what) {
        if (index < 0 || index >= count) {
            throw new InvalidModuleException(moduleName, LinkMessages.indexOutOfRange(what, index, count), null);
        }
    }

    Optional<Export> export(String name) {
        return Optional.ofNullable(exports.get(name));
    }

    /** Names of the exported functions, in module order. */
    List<String> functionExportNames() {
        List<String> names = new ArrayList<>();
        for (Export export : exports.values()) {
            if (export.exportType() == ExternalType.FUNCTION) {
                names.add(export.name());
            }
        }
        return names;
    }

    /** The type of an exported function; function indices count the imported functions first. */
    FunctionType typeOf(Export function) {
        int index = function.index();
        if (index < functionImports.size()) {
            return typeOf(functionImports.get(index));
        }
        return module.functionSection().getFunctionType(index - functionImports.size(), module.typeSection());
    }

    FunctionType typeOf(FunctionImport function) {
        return module.typeSection().getType(function.typeIndex());
    }

    /** Every import, in module order. */
    List<Import> imports() {
        return imports;
    }

    Optional<FunctionImport> functionImport(String moduleName, String name) {
        for (FunctionImport function : functionImports) {
            if (function.module().equals(moduleName) && function.name().equals(name)) {
                return Optional.of(function);
            }
        }
        return Optional.empty();
    }

    /** Names of the functions imported from one import module, in module order. */
    List<String> functionImportNames(String moduleName) {
        List<String> names = new ArrayList<>();
        for (FunctionImport function : functionImports) {
            if (function.module().equals(moduleName)) {
                names.add(function.name());
            }
        }
        return names;
    }

    /** The modules the module imports functions from, each once, in order of first import. */
    List<String> functionImportModules() {
        return functionImports.stream().map(Import::module).distinct().toList();
    }
}
