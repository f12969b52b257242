package dev.wasmbind.processor;

import com.squareup.javapoet.ClassName;
import dev.wasmbind.runtime.internal.HostModuleBinding;
import dev.wasmbind.runtime.internal.ImportSpec;
import java.util.List;

/**
 * Everything the writer needs to generate the host functions of one {@code @HostModule} interface.
 *
 * @param iface the host interface
 * @param generated the adapter class to generate
 * @param moduleName the import module
 * @param functions the bound methods, in the order of the host module binding's imports
 */
record HostModuleModel(
        ClassName iface, ClassName generated, String moduleName, List<Function> functions, boolean visible) {

    /** A host interface method, with the method it was declared by, and what the binding declares for it. */
    public record Function(DeclaredMethod<HostMethodDecl> declared, ImportSpec spec) {
        /** The method's declaration. */
        public HostMethodDecl decl() {
            return declared.decl();
        }
    }

    public HostModuleModel {
        functions = List.copyOf(functions);
    }

    /**
     * The host module binding the generated {@code BINDING} field describes; the compile-time link check of every
     * binding listing the interface uses this object, so the two cannot disagree.
     */
    public HostModuleBinding binding() {
        return new HostModuleBinding(
                moduleName, iface.canonicalName(), functions.stream().map(Function::spec).toList());
    }
}
