package dev.wasmbind.processor.kinds;

import com.dylibso.chicory.wasm.types.ValType;
import com.squareup.javapoet.CodeBlock;
import java.util.Optional;

/**
 * A kind that travels as one wasm value, so that an export returns it directly (as does a record holding only it,
 * when the kind is also a {@link StoredKind}) and a host function can return it.
 */
public interface ScalarKind extends HostResultKind {

    /** The wasm type of the value. */
    @Override
    ValType wasmType();

    /**
     * An export's direct result as this kind's Java type, in the code of {@code call}; the result has the Java
     * type of the wasm type: {@code int} for i32, {@code long} for i64, {@code float} for f32, {@code double} for
     * f64.
     */
    CodeBlock raiseResult(ExportCall call, CodeBlock result);

    @Override
    default Optional<ScalarKind> directScalar() {
        return Optional.of(this);
    }
}
