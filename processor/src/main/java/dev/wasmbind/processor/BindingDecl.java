package dev.wasmbind.processor;

import com.squareup.javapoet.ClassName;
import dev.wasmbind.runtime.internal.AllocatorNames;
import dev.wasmbind.runtime.internal.RawImport;
import java.util.List;
import java.util.Optional;

/**
 * A validated {@code @WasmModule} interface; its only compiler elements are its methods', for diagnostics.
 *
 * @param iface the interface
 * @param resource the {@code @WasmModule} value, a classpath resource
 * @param methods the bound methods, in binding order, each with the element it was declared by
 * @param memberTypeNames simple names of the member types the interface declares or inherits: the generated class
 *     inherits them too, so it must qualify other types of the same name
 * @param hostModules the host interfaces of {@code @WasmModule(imports = ...)}, in that order
 * @param rawImports the imports of {@code @WasmModule(rawImports = ...)}, which raw host functions serve
 * @param visible whether code in other packages can name the interface: then the generated class is public
 * @param allocator the guest's allocator exports, as {@code @AllocatorExports} names them or the processor recognised
 *     them in the module; empty to recognise them when the module loads
 */
record BindingDecl(
        ClassName iface,
        String resource,
        List<DeclaredMethod<ExportMethodDecl>> methods,
        List<String> memberTypeNames,
        List<HostUse> hostModules,
        List<RawImport> rawImports,
        boolean visible,
        Optional<AllocatorNames> allocator) {

    /** A listed host interface and the builder method that takes its implementation. */
    public record HostUse(HostModuleDecl module, String setter) {}

    public BindingDecl {
        methods = List.copyOf(methods);
        memberTypeNames = List.copyOf(memberTypeNames);
        hostModules = List.copyOf(hostModules);
        rawImports = List.copyOf(rawImports);
    }
}
