package dev.wasmbind.runtime.link;

import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.Export;
import com.dylibso.chicory.wasm.types.ExportSection;
import com.dylibso.chicory.wasm.types.ExternalType;
import com.dylibso.chicory.wasm.types.FunctionImport;
import com.dylibso.chicory.wasm.types.FunctionType;
import com.dylibso.chicory.wasm.types.Import;
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

    ModuleIndex(WasmModule module) {
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
}
