package dev.wasmbind.cli;

import com.dylibso.chicory.wasm.types.ExternalType;
import com.dylibso.chicory.wasm.types.FunctionType;
import java.util.List;
import java.util.Optional;

/**
 * What the draft uses of a module: its exports and imports in module order, each function with its type, and
 * what its {@code producers} section says.
 *
 * @param fileName the module's file name, which becomes the {@code @WasmModule} resource name
 * @param producers the decoded section; empty when the module has none
 * @param producersProblem why the section could not be read, when it is there but malformed
 */
record ModuleFacts(
        String fileName,
        List<Entity> exports,
        List<Entity> imports,
        Optional<Producers> producers,
        Optional<String> producersProblem) {

    /**
     * An export ({@code module} empty) or an import.
     *
     * @param type the function type; empty for memories, tables, globals and tags
     */
    record Entity(String module, String name, ExternalType kind, Optional<FunctionType> type) {}

    ModuleFacts {
        exports = List.copyOf(exports);
        imports = List.copyOf(imports);
    }

    /** The exported function of this name, if any. */
    Optional<Entity> exportedFunction(String name) {
        return exports.stream()
                .filter(export -> export.kind() == ExternalType.FUNCTION && export.name().equals(name))
                .findFirst();
    }

    /** The imported function of this module and name, if any. */
    Optional<Entity> importedFunction(String module, String name) {
        return imports.stream()
                .filter(imported -> imported.kind() == ExternalType.FUNCTION)
                .filter(imported -> imported.module().equals(module) && imported.name().equals(name))
                .findFirst();
    }
}
