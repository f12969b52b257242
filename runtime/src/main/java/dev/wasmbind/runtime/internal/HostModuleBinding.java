package dev.wasmbind.runtime.internal;

import dev.wasmbind.runtime.WasmBindException;
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

    /** Whether one of the host interface's functions is the import {@code importName}. */
    public boolean declares(String importName) {
        for (ImportSpec function : imports) {
            if (function.importName().equals(importName)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Checks that {@code spec} is one of this host interface's functions.
     *
     * @throws WasmBindException when it is not: the calling code was generated for another host interface
     */
    void requireImport(ImportSpec spec) {
        if (!imports.contains(spec)) {
            throw new WasmBindException(CallMessages.notInBinding(
                    "import `" + moduleName + "." + spec.importName() + "` (" + spec.javaSignature() + ")",
                    interfaceName));
        }
    }

    /**
     * Starts the description a generated adapter gives of its host interface; fails first of all when this runtime
     * does not serve the contract the adapter was generated for.
     *
     * @param contract the {@link RuntimeContract} version the adapter was written for
     */
    public static Builder builder(int contract, String moduleName, String interfaceName) {
        RuntimeContract.check(contract, interfaceName);
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

        /** The next method, the import it implements: a constant of the generated adapter. */
        public Builder function(ImportSpec spec) {
            imports.add(spec);
            return this;
        }

        /** The host interface as described. */
        public HostModuleBinding build() {
            return new HostModuleBinding(moduleName, interfaceName, imports);
        }
    }
}
