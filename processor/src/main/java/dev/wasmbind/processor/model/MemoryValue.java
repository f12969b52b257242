package dev.wasmbind.processor.model;

/**
 * A value that guest memory holds in the wasm32 C layout the TinyGo ABI uses: in a return area, or as a record
 * component.
 */
public interface MemoryValue extends JavaValue {

    /** Bytes the value takes in guest memory. */
    int size();

    /** Alignment of the value in guest memory. */
    int align();
}
