package dev.wasmbind.runtime.internal.link;

import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.Export;
import com.dylibso.chicory.wasm.types.ExportSection;
import com.dylibso.chicory.wasm.types.ExternalType;
import com.dylibso.chicory.wasm.types.FunctionImport;
import com.dylibso.chicory.wasm.types.FunctionType;
import com.dylibso.chicory.wasm.types.Import;
import dev.wasmbind.runtime.InvalidModuleException;
import java.util.LinkedHashMap;
import java.util.List;
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
        ExportSection section = module.exportSection();
        for (int i = 0; i < section.exportCount(); i++) {
            Export export = section.getExport(i);
            exports.put(export.name(), export);
        }
        this.imports = module.importSection().stream().toList();
        this.functionImports = imports.stream()
                .filter(FunctionImport.class::isInstance)
                .map(FunctionImport.class::cast)
                .toList();
        checkIndices(moduleName);
    }

    /** The indices the link check follows must lead somewhere; a damaged module's may not. */
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
        int functions = functionImports.size() + module.functionSection().functionCount();
        for (Export export : exports.values()) {
            if (export.exportType() == ExternalType.FUNCTION) {
                checkIndex(moduleName, export.index(), functions,
                        "export `" + export.name() + "` has function index");
            }
        }
    }

    private static void checkIndex(String moduleName, long index, int count, String what) {
        if (index < 0 || index >= count) {
            throw new InvalidModuleException(
                    moduleName, what + " " + index + ", but only " + count + " exist", null);
        }
    }

    Optional<Export> export(String name) {
        return Optional.ofNullable(exports.get(name));
    }

    /** Names of the exported functions, in module order. */
    List<String> functionExportNames() {
        return exports.values().stream()
                .filter(export -> export.exportType() == ExternalType.FUNCTION)
                .map(Export::name)
                .toList();
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
        return functionImports.stream()
                .filter(function -> function.module().equals(moduleName) && function.name().equals(name))
                .findFirst();
    }

    /** Names of the functions imported from one import module, in module order. */
    List<String> functionImportNames(String moduleName) {
        return functionImports.stream()
                .filter(function -> function.module().equals(moduleName))
                .map(Import::name)
                .toList();
    }

    /** The modules the module imports functions from, each once, in order of first import. */
    List<String> functionImportModules() {
        return functionImports.stream().map(Import::module).distinct().toList();
    }
}
