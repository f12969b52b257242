package dev.wasmbind.processor.kinds;

import com.squareup.javapoet.CodeBlock;
import java.util.List;
import java.util.Optional;

/** A kind that can be a parameter of a guest export: the binding lowers the Java argument to its slots. */
public interface ExportParameterKind extends ParameterKind {

    /**
     * Whether the argument is copied into guest memory, which the call allocates with the guest's {@code malloc}
     * and frees with its {@code free} when it ends.
     */
    boolean copiesIn();

    /**
     * The expressions of its {@link #slots}, in order, for the Java parameter {@code name}; code that has to run
     * before the export is called goes through {@code call}.
     */
    List<CodeBlock> lowerArgument(ExportCall call, String name);

    /**
     * The same slots as the machine compiled at build time takes them, each as its wasm type's Java type
     * ({@code int} for i32, {@code long} for i64, {@code float} for f32, {@code double} for f64), given what
     * {@link #lowerArgument} returned: those already are, for a kind whose slots are addresses, lengths or handles.
     * A conversion that may refuse the argument goes through {@code call}, so that it runs before the call starts.
     */
    default List<CodeBlock> lowerDirectArgument(ExportCall call, String name, List<CodeBlock> lowered) {
        return lowered;
    }

    /**
     * The same argument written into the instance's reused buffer ({@code @Borrowed}); empty when the kind copies
     * nothing into guest memory.
     */
    default Optional<ExportParameterKind> borrowed() {
        return Optional.empty();
    }
}
