package dev.wasmbind.processor.kinds;

import com.dylibso.chicory.wasm.types.ValType;
import java.util.List;
import java.util.Optional;

/** {@code void}: the export returns nothing. */
public final class VoidResult implements ResultConvention {
    /** The one instance. */
    public static final VoidResult INSTANCE = new VoidResult();

    /** A method without a result. */
    public static final Rule RULE = (result, request) ->
            result.isEmpty() ? Optional.of(INSTANCE) : Optional.empty();

    private VoidResult() {}

    @Override
    public Optional<JavaValue> value() {
        return Optional.empty();
    }

    @Override
    public List<ValType> results() {
        return List.of();
    }

    @Override
    public void writeCall(ResultCall call) {
        call.run(List.of());
    }

    @Override
    public String description() {
        return "no result";
    }

    @Override
    public String toString() {
        return "void";
    }
}
