package dev.wasmbind.processor.kinds;

import com.dylibso.chicory.wasm.types.ValType;
import com.squareup.javapoet.CodeBlock;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * A String or array result as the function's results {@code (i32 ptr, i32 len)}, {@code cap} too for a slice:
 * what LLVM emits once multi-value is enabled. Never declared: the module decides it.
 *
 * @param result the Java result
 * @param request what the declaration stated
 */
public record MultiValueResult(RegionKind result, ResultRequest request) implements ResultConvention {

    /** A String or array whose transport the module decides. */
    public static final Rule RULE = Rule.of((result, request) -> Optional.empty(),
            (result, request) -> request.openRegion(result).map(region -> new MultiValueResult(region, request)));

    @Override
    public Optional<JavaValue> value() {
        return Optional.of(result);
    }

    /** One i32 for each word of the region's header. */
    @Override
    public List<ValType> results() {
        return Collections.nCopies(result.size() / Integer.BYTES, ValType.I32);
    }

    /** {@code callPair} packs the first two results as {@code ptr << 32 | len}; a slice's {@code cap} is not read. */
    @Override
    public void writeCall(ResultCall call) {
        CodeBlock packed = call.call(RuntimeOps.CALL_PAIR, List.of(), "packed");
        RegionResults.copyOut(call, result, RuntimeOps.UNPACK.callOn(call.scope(), packed), request.hostFrees());
    }

    @Override
    public String description() {
        return "the result as several values (ptr, len)";
    }

    @Override
    public CodeBlock javadoc() {
        return CodeBlock.of("<p>The guest returns the result as the function's results {@code $L}.\n",
                results().size() == 2 ? "(ptr, len)" : "(ptr, len, cap)");
    }
}
