package dev.wasmbind.cli;

import com.dylibso.chicory.wasm.ChicoryException;
import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.CustomSection;
import com.dylibso.chicory.wasm.types.Export;
import com.dylibso.chicory.wasm.types.ExportSection;
import com.dylibso.chicory.wasm.types.ExternalType;
import com.dylibso.chicory.wasm.types.FunctionImport;
import com.dylibso.chicory.wasm.types.FunctionType;
import com.dylibso.chicory.wasm.types.Import;
import com.dylibso.chicory.wasm.types.UnknownCustomSection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads a module with Chicory's parser into {@link ModuleFacts}. */
final class ModuleReader {
    private ModuleReader() {}

    /** Throws {@link DraftException} when the bytes are no valid module. */
    static ModuleFacts read(String fileName, byte[] bytes) {
        WasmModule module;
        try {
            module = Parser.parse(bytes);
        } catch (ChicoryException e) {
            throw new DraftException(fileName + " is not a valid WebAssembly module: " + e.getMessage());
        } catch (RuntimeException e) {
            // Chicory 1.7.5's parser fails on some malformed modules with JDK exceptions instead of its own
            throw new DraftException(fileName + " is not a valid WebAssembly module: Chicory's parser failed with "
                    + e);
        }
        List<FunctionImport> functionImports = new ArrayList<>();
        List<ModuleFacts.Entity> imports = new ArrayList<>();
        module.importSection().stream().forEach(imported -> {
            Optional<FunctionType> type = Optional.empty();
            if (imported instanceof FunctionImport function) {
                functionImports.add(function);
                type = Optional.of(module.typeSection().getType(function.typeIndex()));
            }
            imports.add(new ModuleFacts.Entity(imported.module(), imported.name(), imported.importType(), type));
        });
        List<ModuleFacts.Entity> exports = new ArrayList<>();
        ExportSection section = module.exportSection();
        for (int i = 0; i < section.exportCount(); i++) {
            Export export = section.getExport(i);
            Optional<FunctionType> type = export.exportType() == ExternalType.FUNCTION
                    ? Optional.of(functionType(module, functionImports, export.index()))
                    : Optional.empty();
            exports.add(new ModuleFacts.Entity("", export.name(), export.exportType(), type));
        }
        Optional<Producers> producers = Optional.empty();
        Optional<String> problem = Optional.empty();
        CustomSection custom = module.customSection(Producers.SECTION);
        if (custom instanceof UnknownCustomSection raw) {
            try {
                producers = Optional.of(Producers.decode(raw.bytes()));
            } catch (IllegalArgumentException e) {
                problem = Optional.of(e.getMessage());
            }
        }
        return new ModuleFacts(fileName, exports, imports, producers, problem);
    }

    /** Function indices count the imported functions first. */
    private static FunctionType functionType(WasmModule module, List<FunctionImport> imports, int index) {
        if (index < imports.size()) {
            return module.typeSection().getType(imports.get(index).typeIndex());
        }
        return module.functionSection().getFunctionType(index - imports.size(), module.typeSection());
    }
}
