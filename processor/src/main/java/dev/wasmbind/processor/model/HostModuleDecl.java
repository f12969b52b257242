package dev.wasmbind.processor.model;

import com.squareup.javapoet.ClassName;
import java.util.List;

/**
 * A validated {@code @HostModule} interface, free of compiler elements.
 *
 * @param iface the interface
 * @param moduleName the import module its methods provide, such as {@code env}
 * @param methods the bound methods, in binding order; each {@link MethodDecl#functionName()} is an import name
 */
public record HostModuleDecl(ClassName iface, String moduleName, List<MethodDecl> methods) {
    public HostModuleDecl {
        methods = List.copyOf(methods);
    }
}
