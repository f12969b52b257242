package dev.wasmbind.processor.kinds;

import dev.wasmbind.runtime.internal.WasmSignature;
import java.util.List;

/** A kind that a wasm function takes as one or more of its parameters. */
public interface ParameterKind extends ValueKind {

    /**
     * Its wasm parameters, labelled for messages after the Java parameter {@code name}: {@code name} for one value,
     * {@code name.ptr, name.len} for a string.
     */
    List<WasmSignature.Param> slots(String name);
}
