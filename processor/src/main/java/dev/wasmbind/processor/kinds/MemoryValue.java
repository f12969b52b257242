package dev.wasmbind.processor.kinds;

import com.squareup.javapoet.CodeBlock;

/**
 * A value that guest memory holds in the wasm32 C layout the TinyGo ABI uses: in a return area, or as a record
 * component.
 */
public interface MemoryValue extends JavaValue {

    /** Bytes the value takes in guest memory. */
    int size();

    /** Alignment of the value in guest memory. */
    int align();

    /**
     * Reads it from guest memory at {@code base + offset}, {@code base} being the variable that holds an address,
     * through the {@code CallScope} in the variable {@code scope}.
     */
    CodeBlock readFrom(String scope, String base, int offset);
}
