package dev.wasmbind.processor.kinds;

import com.dylibso.chicory.wasm.types.ValType;
import com.squareup.javapoet.CodeBlock;
import java.util.Optional;

/** A kind that a host function can return: it goes back to the guest as one wasm value. */
public interface HostResultKind extends ValueKind {

    /** The wasm type of the value the guest gets. */
    ValType wasmType();

    /**
     * The Java result of the host method, {@code value}, as the {@code long} slot Chicory returns to the guest, using
     * the {@link dev.wasmbind.runtime.internal.HostCall} in the variable {@code call} where it needs guest memory.
     */
    CodeBlock lowerHostResult(String call, CodeBlock value);

    /** Whether {@link #lowerHostResult} uses the call, for guest memory or the instance. */
    default boolean lowersWithCall() {
        return true;
    }

    /**
     * The same kind allocated with the guest's export {@code exportName}; empty when the kind allocates nothing, so
     * that naming an allocator means nothing for it.
     */
    default Optional<HostResultKind> allocatedWith(String exportName) {
        return Optional.empty();
    }

    /**
     * The same kind handed to the guest packed as {@code len << 32 | ptr}; empty when the kind is not packed, so that
     * {@code @PackedOrder} means nothing for it.
     */
    default Optional<HostResultKind> packedLengthHigh() {
        return Optional.empty();
    }

    /**
     * The guest's export {@code @GuestAllocator} names to allocate the result in guest memory; empty for the guest's
     * own allocator, or when the result needs none.
     */
    default Optional<String> guestAllocator() {
        return Optional.empty();
    }

    /** Whether the result is allocated in guest memory and handed to the guest. */
    default boolean allocatesInGuest() {
        return false;
    }
}
