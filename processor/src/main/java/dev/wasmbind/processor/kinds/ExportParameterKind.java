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
     * The same argument written into the instance's reused buffer ({@code @Borrowed}); empty when the kind copies
     * nothing into guest memory.
     */
    default Optional<ExportParameterKind> borrowed() {
        return Optional.empty();
    }
}
