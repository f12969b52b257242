package dev.wasmbind.processor.kinds;

import com.squareup.javapoet.CodeBlock;
import java.util.Optional;

/** A kind that can be a parameter of a host function: the adapter reads the Java argument from its slots. */
public interface HostParameterKind extends ParameterKind {

    /**
     * The Java argument, from its {@link #slots} starting at {@code slot} of the
     * {@link dev.wasmbind.runtime.internal.HostCall} in the variable {@code call}.
     */
    CodeBlock readArgument(String call, int slot);

    /**
     * The Java argument read straight from the slot array in the variable {@code args}, without a call; empty for
     * a kind that needs guest memory or the instance.
     */
    default Optional<CodeBlock> readFromSlots(String args, int slot) {
        return Optional.empty();
    }
}
