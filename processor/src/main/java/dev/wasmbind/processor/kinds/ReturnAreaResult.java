package dev.wasmbind.processor.kinds;

import com.dylibso.chicory.wasm.types.ValType;
import com.squareup.javapoet.CodeBlock;
import dev.wasmbind.runtime.internal.Allocator;
import dev.wasmbind.runtime.internal.WasmSignature;
import java.util.List;
import java.util.Optional;

/**
 * The guest writes the result into a return area, whose address the call passes as the hidden first parameter
 * {@code retptr}: what the TinyGo ABI does for a string, a slice, a struct or several results. The binding allocates
 * the area once per instance, with the guest's allocator.
 *
 * @param result the Java result, read from the area as laid out in memory
 * @param request what the declaration stated
 */
public record ReturnAreaResult(MemoryValue result, ResultRequest request) implements ResultConvention {

    /** Any other result: every kind an export can return, and every record, is stored in memory. */
    public static final Rule RULE = Rule.of(
            (result, request) -> result.filter(value -> !request.packed() && value instanceof MemoryValue)
                    .map(value -> new ReturnAreaResult((MemoryValue) value, request)),
            (result, request) -> request.openRegion(result).map(region -> new ReturnAreaResult(region, request)));

    @Override
    public Optional<JavaValue> value() {
        return Optional.of(result);
    }

    @Override
    public List<WasmSignature.Param> hiddenParams() {
        return List.of(new WasmSignature.Param(ValType.I32, WasmSignature.RETURN_POINTER));
    }

    @Override
    public int returnAreaSize() {
        return result.size();
    }

    @Override
    public List<ValType> results() {
        return List.of();
    }

    /** The guest's allocator, for the return area. */
    @Override
    public Allocator allocator() {
        return Allocator.ALLOCATE.and(ResultConvention.super.allocator());
    }

    @Override
    public void writeCall(ResultCall call) {
        String area = call.declare(RuntimeOps.RETURN_AREA.returnType(), "returnArea",
                RuntimeOps.RETURN_AREA.callOn(call.scope(), CodeBlock.of("$L", result.size())));
        CodeBlock address = CodeBlock.of("$N", area);
        call.run(List.of(address));
        if (request.hostFrees() && result instanceof RegionKind region) {
            RegionResults.copyOut(call, region, RuntimeOps.BUFFER_AT.callOn(call.scope(), address), true);
        } else {
            call.returns(result.readFrom(call.scope(), area, 0));
        }
    }

    @Override
    public String description() {
        return "the result through the return area";
    }

    @Override
    public CodeBlock javadoc() {
        return CodeBlock.of("<p>The guest writes the result to a return area of $L bytes, passed as the hidden first\n"
                + "argument {@code $L}.\n", result.size(), WasmSignature.RETURN_POINTER);
    }
}
