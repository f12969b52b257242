package dev.wasmbind.processor;

import dev.wasmbind.processor.kinds.ResultConvention;
import dev.wasmbind.runtime.internal.ExportSpec;

/**
 * A bound method with its lowering.
 *
 * @param declared the Java side, with the convention its result comes back by and the method it was declared by
 * @param export what the binding declares for it: export name, Java and wasm signature, allocator needs
 */
record MethodModel(DeclaredMethod<ExportMethodDecl> declared, ExportSpec export) {

    /** The method's declaration. */
    public ExportMethodDecl decl() {
        return declared.decl();
    }

    /** How the result comes back. */
    public ResultConvention result() {
        return decl().result();
    }

    /** Whether the call copies or reads guest memory, and so needs a {@code CallScope}. */
    public boolean needsScope() {
        return decl().result().needsScope() || decl().copiesArgumentsIn();
    }
}
