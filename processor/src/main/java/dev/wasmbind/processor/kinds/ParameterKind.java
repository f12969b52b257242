package dev.wasmbind.processor.kinds;

import dev.wasmbind.runtime.internal.WasmSignature;
import java.util.List;
import java.util.Optional;

/** A kind that a wasm function takes as one or more of its parameters. */
public interface ParameterKind extends ValueKind {

    /**
     * Its wasm parameters, labelled for messages after the Java parameter {@code name}: {@code name} for one value,
     * {@code name.ptr, name.len} for a string.
     */
    List<WasmSignature.Param> slots(String name);

    /**
     * The same value passed as {@code (ptr, len)}: itself when it already is, another kind for a Go slice; empty
     * when the kind is no region of memory.
     */
    default Optional<ParameterKind> asPtrLen() {
        return Optional.empty();
    }
}
