package dev.wasmbind.runtime.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Everything a generated binding knows about the module it expects: the exports it calls and their lowered
 * signatures, the size of the return area, and the host interfaces it supplies. The link check compares it with
 * the real module, at compile time in the processor and again when the binding loads.
 *
 * @param interfaceName the annotated interface's qualified name, for messages
 * @param resource the {@code @WasmModule} value: a classpath resource
 * @param exports the methods: each a constant of the generated class, which looks its function up by it
 * @param returnAreaSize bytes of the largest hidden return area any method needs (0 when none does)
 * @param hostModules the host interfaces listed in {@code @WasmModule(imports = ...)}
 * @param rawImports the imports raw host functions serve, listed in {@code @WasmModule(rawImports = ...)}
 * @param allocator the guest's allocator exports as {@code @AllocatorExports} names them or the processor recognised
 *     them in the module; {@code null} to recognise them when the module loads
 */
public record ModuleBinding(
        String interfaceName,
        String resource,
        List<ExportSpec> exports,
        int returnAreaSize,
        List<HostModuleUse> hostModules,
        List<RawImport> rawImports,
        AllocatorNames allocator) {

    /** A host interface that the binding supplies, and the builder method a user calls to give its implementation. */
    public record HostModuleUse(HostModuleBinding binding, String builderMethod) {}

    public ModuleBinding {
        exports = List.copyOf(exports);
        hostModules = List.copyOf(hostModules);
        rawImports = List.copyOf(rawImports);
        if (returnAreaSize < 0) {
            throw new IllegalArgumentException("negative return area size: " + returnAreaSize);
        }
    }

    /**
     * Starts the description a generated binding class gives of itself; fails first of all when this runtime does
     * not serve the contract the class was generated for.
     *
     * @param contract the {@link RuntimeContract} version the generated class was written for
     * @param interfaceName the annotated interface's qualified name
     * @param resource the {@code @WasmModule} value
     */
    public static Builder builder(int contract, String interfaceName, String resource) {
        RuntimeContract.check(contract, interfaceName);
        return new Builder(interfaceName, resource);
    }

    /** The raw import that declares the guest's import of {@code name} from {@code importModule}, if one does. */
    public Optional<RawImport> rawImport(String importModule, String name) {
        for (RawImport raw : rawImports) {
            if (raw.covers(importModule, name)) {
                return Optional.of(raw);
            }
        }
        return Optional.empty();
    }

    /** Generated code's readable way to list a binding's parts. */
    public static final class Builder {
        private final String interfaceName;
        private final String resource;
        private final List<ExportSpec> exports = new ArrayList<>();
        private final List<HostModuleUse> hostModules = new ArrayList<>();
        private final List<RawImport> rawImports = new ArrayList<>();
        private int returnAreaSize;
        private AllocatorNames allocator;

        private Builder(String interfaceName, String resource) {
            this.interfaceName = interfaceName;
            this.resource = resource;
        }

        /** The next method, the export it calls: a constant of the generated class. */
        public Builder export(ExportSpec spec) {
            exports.add(spec);
            return this;
        }

        /**
         * The guest's allocator: the export that allocates and the one that frees ({@code ""} for none, under the
         * canonical ABI). Without it, the allocator is recognised when the module loads.
         */
        public Builder allocator(String allocate, String free) {
            this.allocator = new AllocatorNames(allocate, free);
            return this;
        }

        /** The size of the return area the instance allocates once. */
        public Builder returnArea(int bytes) {
            this.returnAreaSize = bytes;
            return this;
        }

        /** A host interface the binding supplies, and the builder method that takes its implementation. */
        public Builder hostModule(HostModuleBinding binding, String builderMethod) {
            hostModules.add(new HostModuleUse(binding, builderMethod));
            return this;
        }

        /** Imports that raw host functions serve: these {@code names} of {@code module}, or all when none given. */
        public Builder rawImport(String module, String... names) {
            rawImports.add(new RawImport(module, List.of(names)));
            return this;
        }

        /** The binding as described. */
        public ModuleBinding build() {
            return new ModuleBinding(interfaceName, resource, exports, returnAreaSize, hostModules, rawImports, allocator);
        }
    }
}
