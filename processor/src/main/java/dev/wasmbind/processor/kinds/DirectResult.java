package dev.wasmbind.processor.kinds;

import com.dylibso.chicory.wasm.types.ValType;
import com.squareup.javapoet.CodeBlock;
import java.util.List;
import java.util.Optional;

/**
 * The export's one wasm result: a scalar, or a record that flattens to one (the C ABI's single-element struct
 * rule).
 *
 * @param result the Java result
 * @param scalar the scalar it comes back as
 */
public record DirectResult(JavaValue result, ScalarKind scalar) implements ResultConvention {

    /** A result that is one scalar, however deeply nested in records. */
    public static final Rule RULE = (result, request) -> result.flatMap(value -> value.directScalar()
            .map(scalar -> new DirectResult(value, scalar)));

    @Override
    public Optional<JavaValue> value() {
        return Optional.of(result);
    }

    @Override
    public List<ValType> results() {
        return List.of(scalar.wasmType());
    }

    @Override
    public void writeCall(ResultCall call) {
        CodeBlock returned = call.call(RuntimeOps.call(scalar.wasmType()), List.of(), "result");
        call.returns(result.aroundScalar(scalar.raiseResult(call, returned)));
    }

    @Override
    public String description() {
        return "the result as the function's result";
    }
}
