package dev.wasmbind.runtime.internal;

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

        /** The next method: the import it implements, its Java signature (for messages) and its lowering. */
        public Builder function(String importName, String javaSignature, WasmSignature wasmSignature) {
            imports.add(new ImportSpec(importName, javaSignature, wasmSignature));
            return this;
        }

        /**
         * The next method, whose String or array result the host allocates in the guest with the guest's allocator
         * and hands over packed as {@code ptr << 32 | len}.
         */
        public Builder guestOwnedResult(String importName, String javaSignature, WasmSignature wasmSignature) {
            imports.add(new ImportSpec(importName, javaSignature, wasmSignature, null, true));
            return this;
        }

        /**
         * The next method, whose String or array result the host allocates in the guest with the export
         * {@code resultAllocator} and hands over packed as {@code ptr << 32 | len}.
         */
        public Builder function(
                String importName, String javaSignature, String resultAllocator, WasmSignature wasmSignature) {
            imports.add(new ImportSpec(importName, javaSignature, wasmSignature, resultAllocator, true));
            return this;
        }

        /** The host interface as described. */
        public HostModuleBinding build() {
            return new HostModuleBinding(moduleName, interfaceName, imports);
        }
    }
}
