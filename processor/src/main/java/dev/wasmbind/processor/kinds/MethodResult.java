package dev.wasmbind.processor.kinds;

import com.dylibso.chicory.wasm.types.ValType;
import java.util.List;
import java.util.Optional;

/** How a bound method's result crosses the boundary: an export's {@link ResultConvention}, a {@link HostResult}. */
public interface MethodResult {

    /** The Java result; empty for {@code void}. */
    Optional<? extends JavaValue> value();

    /** The wasm function's results. */
    List<ValType> results();
}
