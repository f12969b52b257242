package dev.wasmbind.runtime.internal;

import java.util.List;
import java.util.Objects;

/**
 * Imports of the guest that the user serves with raw Chicory host functions, as a binding's
 * {@code @WasmModule(rawImports = ...)} lists them.
 *
 * @param module the import module
 * @param names the imported functions' names; empty for every function of the module
 */
public record RawImport(String module, List<String> names) {
    public RawImport {
        Objects.requireNonNull(module, "module");
        names = List.copyOf(names);
    }

    /** Whether the guest's import of {@code name} from {@code importModule} is one of these. */
    public boolean covers(String importModule, String name) {
        return module.equals(importModule) && (names.isEmpty() || names.contains(name));
    }

    /** How messages and generated code name these imports: {@code env.log}, or {@code env.*} for a whole module. */
    public String describe() {
        return names.isEmpty() ? module + ".*" : module + "." + String.join(", " + module + ".", names);
    }
}
