package dev.wasmbind.processor;

import com.squareup.javapoet.ClassName;
import java.util.List;

/**
 * A validated {@code @HostModule} interface; its only compiler elements are its methods', for diagnostics.
 *
 * @param iface the interface
 * @param moduleName the import module its methods provide, such as {@code env}
 * @param methods the bound methods, in binding order, each with the element it was declared by; each
 *     {@link MethodDecl#functionName()} is an import name
 * @param visible whether code in other packages can name the interface: then the generated adapter is public
 */
record HostModuleDecl(
        ClassName iface, String moduleName, List<DeclaredMethod<HostMethodDecl>> methods, boolean visible) {
    public HostModuleDecl {
        methods = List.copyOf(methods);
    }
}
