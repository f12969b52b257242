package dev.wasmbind.cli;

import com.dylibso.chicory.wasm.types.ValType;
import dev.wasmbind.processor.kinds.ParameterKind;
import dev.wasmbind.processor.kinds.PrimitiveKind;
import dev.wasmbind.processor.kinds.ScalarKind;
import dev.wasmbind.processor.kinds.JavaValue;
import dev.wasmbind.runtime.internal.WasmSignature;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The wasm type of a drafted method under the TinyGo ABI, by the rules of the processor's lowering, so that a
 * method drafted from Go can be checked against the module before it is printed.
 */
final class AbiLowering {
    private AbiLowering() {}

    /**
     * A scalar travels as one value, a string as {@code (ptr, len)}, a slice as {@code (ptr, len, cap)}; a scalar
     * result (or a record that flattens to one) comes back directly, any other through a first {@code retptr}.
     */
    static WasmSignature lower(List<Draft.Param> params, Optional<JavaValue> result) {
        List<WasmSignature.Param> slots = new ArrayList<>();
        List<ValType> results = new ArrayList<>();
        Optional<ScalarKind> direct = result.flatMap(JavaValue::directScalar);
        if (direct.isPresent()) {
            results.add(direct.get().wasmType());
        } else if (result.isPresent()) {
            slots.add(new WasmSignature.Param(ValType.I32, WasmSignature.RETURN_POINTER));
        }
        for (Draft.Param param : params) {
            // the draft maps Go types to kinds that any function takes
            slots.addAll(((ParameterKind) param.value()).slots(param.name()));
        }
        return new WasmSignature(slots, results);
    }

    /** The Java type a wasm value type is read as when nothing else is known; none for vectors and references. */
    static Optional<PrimitiveKind> scalarOf(ValType type) {
        return Stream.of(PrimitiveKind.INT, PrimitiveKind.LONG, PrimitiveKind.FLOAT, PrimitiveKind.DOUBLE)
                .filter(scalar -> scalar.wasmType().equals(type))
                .findFirst();
    }
}
