package dev.wasmbind.processor.kinds;

import com.squareup.javapoet.CodeBlock;

/**
 * A kind with a C layout in guest memory, so that it can be an export's result (in the return area, unless it
 * comes back directly) and a record component.
 */
public interface StoredKind extends ValueKind, MemoryValue {

    /** Reads it from guest memory at {@code address}, through the {@code CallScope} in the variable {@code scope}. */
    CodeBlock readAt(String scope, CodeBlock address);

    @Override
    default CodeBlock readFrom(String scope, String base, int offset) {
        return readAt(scope, offset == 0 ? CodeBlock.of("$N", base) : CodeBlock.of("$N + $L", base, offset));
    }
}
