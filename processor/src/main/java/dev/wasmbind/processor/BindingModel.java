package dev.wasmbind.processor;

import com.squareup.javapoet.ClassName;
import dev.wasmbind.runtime.Engine;
import dev.wasmbind.runtime.internal.AllocatorNames;
import dev.wasmbind.runtime.internal.ModuleBinding;
import dev.wasmbind.runtime.internal.RawImport;
import java.util.List;
import java.util.Optional;

/**
 * Everything the writer needs to generate one binding class.
 *
 * @param iface the annotated interface
 * @param generated the class to generate
 * @param resource the {@code @WasmModule} value
 * @param defaultEngine the engine the generated builder starts with
 * @param methods the bound methods; the index is the export index in the binding
 * @param returnAreaSize bytes of the largest return area, rounded up to 8; 0 when no method needs one
 * @param memberTypeNames simple names the generated class inherits as member types
 * @param hostModules the host interfaces the builder takes implementations of, in {@code imports} order
 * @param rawImports the imports raw host functions serve, as {@code @WasmModule(rawImports = ...)} lists them
 * @param visible whether the generated class is public, as the interface is
 * @param allocator the guest's allocator exports by name; empty to recognise them when the module loads
 */
record BindingModel(
        ClassName iface,
        ClassName generated,
        String resource,
        Engine defaultEngine,
        List<MethodModel> methods,
        int returnAreaSize,
        List<String> memberTypeNames,
        List<HostUse> hostModules,
        List<RawImport> rawImports,
        boolean visible,
        Optional<AllocatorNames> allocator) {

    /** A listed host interface and the builder method that takes its implementation. */
    public record HostUse(HostModuleModel module, String setter) {}

    public BindingModel {
        methods = List.copyOf(methods);
        memberTypeNames = List.copyOf(memberTypeNames);
        hostModules = List.copyOf(hostModules);
        rawImports = List.copyOf(rawImports);
    }

    /**
     * The binding the generated {@code BINDING} field describes. The compile-time link check uses this object and the
     * writer prints its data, so the two cannot disagree.
     */
    public ModuleBinding binding() {
        return new ModuleBinding(
                iface.canonicalName(),
                resource,
                methods.stream().map(MethodModel::export).toList(),
                returnAreaSize,
                hostModules.stream()
                        .map(use -> new ModuleBinding.HostModuleUse(use.module().binding(), use.setter()))
                        .toList(),
                rawImports,
                allocator.orElse(null));
    }
}
