package dev.wasmbind.processor.kinds;

import com.dylibso.chicory.wasm.types.ValType;
import java.util.List;
import java.util.Optional;

/**
 * A host function's result: nothing, or one value of a {@link HostResultKind} that goes back to the guest as the
 * import's one wasm result.
 *
 * @param value empty for {@code void}
 */
public record HostResult(Optional<HostResultKind> value) implements MethodResult {

    /** {@code void}. */
    public static final HostResult NONE = new HostResult(Optional.empty());

    @Override
    public List<ValType> results() {
        return value.map(kind -> List.of(kind.wasmType())).orElse(List.of());
    }

    /** The export {@code @GuestAllocator} names to allocate the result with; empty for the guest's own, or none. */
    public Optional<String> guestAllocator() {
        return value.flatMap(HostResultKind::guestAllocator);
    }

    /** Whether the result is allocated in guest memory and handed to the guest. */
    public boolean allocatesInGuest() {
        return value.map(HostResultKind::allocatesInGuest).orElse(false);
    }
}
