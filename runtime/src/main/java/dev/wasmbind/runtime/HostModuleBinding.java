package dev.wasmbind.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * A host interface ({@code @HostModule}): the import module it provides and its functions, in declaration order.
 * Generated adapters expose one as {@code BINDING}.
 */
public record HostModuleBinding(String moduleName, String interfaceName, List<ImportSpec> imports) {
    public HostModuleBinding {
        imports = List.copyOf(imports);
    }

    public static Builder builder(String moduleName, String interfaceName) {
        return new Builder(moduleName, interfaceName);
    }

    /** Generated code's readable way to list a host interface's functions. */
    public static final class Builder {
        private final String moduleName;
        private final String interfaceName;
        private final List<ImportSpec> imports = new ArrayList<>();

        private Builder(String moduleName, String interfaceName) {
            this.moduleName = moduleName;
            this.interfaceName = interfaceName;
        }

        public Builder function(String importName, String javaSignature, String wasmSignature) {
            imports.add(new ImportSpec(importName, javaSignature, WasmSignature.parse(wasmSignature)));
            return this;
        }

        public HostModuleBinding build() {
            return new HostModuleBinding(moduleName, interfaceName, imports);
        }
    }
}
