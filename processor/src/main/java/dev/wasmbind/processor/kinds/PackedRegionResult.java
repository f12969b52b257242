package dev.wasmbind.processor.kinds;

import com.dylibso.chicory.wasm.types.ValType;
import com.squareup.javapoet.CodeBlock;
import java.util.List;
import java.util.Optional;

/**
 * A String or byte[] result as one i64: {@code ptr << 32 | len} ({@code @PackedResult}), or {@code len << 32 | ptr}
 * ({@code @PackedOrder(LENGTH_HIGH)}), the form of hand-written exports.
 *
 * @param result the Java result, whose length counts bytes
 * @param request what the declaration stated, with the packing order
 */
public record PackedRegionResult(RegionKind result, ResultRequest request) implements ResultConvention {

    /** A result declared {@code @PackedResult}, or a String or byte[] whose transport the module decides. */
    public static final Rule RULE = Rule.of(
            (result, request) -> result.filter(value -> request.packed() && carries(value))
                    .map(value -> new PackedRegionResult((RegionKind) value, request)),
            (result, request) -> request.openRegion(result).filter(PackedRegionResult::carries)
                    .map(region -> new PackedRegionResult(region, request)));

    /** Whether a packed result can carry the value: a region whose length counts bytes, as the packed form has. */
    public static boolean carries(JavaValue value) {
        return value instanceof RegionKind region && region.isPackable();
    }

    @Override
    public Optional<JavaValue> value() {
        return Optional.of(result);
    }

    @Override
    public List<ValType> results() {
        return List.of(ValType.I64);
    }

    @Override
    public void writeCall(ResultCall call) {
        CodeBlock packed = call.call(RuntimeOps.call(ValType.I64), List.of(), "packed");
        RuntimeOp unpack = request.lengthHigh() ? RuntimeOps.UNPACK_LENGTH_HIGH : RuntimeOps.UNPACK;
        RegionResults.copyOut(call, result, unpack.callOn(call.scope(), packed), request.hostFrees());
    }

    @Override
    public String description() {
        return "the result packed";
    }

    @Override
    public CodeBlock javadoc() {
        return CodeBlock.of("<p>The guest returns the result's address and length packed in one {@code i64}:\n"
                + "{@code $L}.\n", request.lengthHigh() ? "len << 32 | ptr" : "ptr << 32 | len");
    }
}
