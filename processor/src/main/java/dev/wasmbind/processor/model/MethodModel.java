package dev.wasmbind.processor.model;

import dev.wasmbind.runtime.internal.ExportSpec;

/**
 * A bound method with its lowering.
 *
 * @param decl the Java side
 * @param result how the result comes back
 * @param export what the binding declares for it: export name, Java and wasm signature, allocator needs
 */
public record MethodModel(MethodDecl decl, ResultShape result, ExportSpec export) {

    /** Whether the call copies or reads guest memory, and so needs a {@code CallScope}. */
    public boolean needsScope() {
        return !(result instanceof ResultShape.None || result instanceof ResultShape.Direct)
                || decl.copiesArgumentsIn();
    }
}
