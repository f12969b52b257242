package dev.wasmbind.runtime.internal;

import java.util.Objects;
import java.util.Optional;

/**
 * The guest's allocator exports by name, as {@code @AllocatorExports} declares them or the processor recognised them
 * in the module; their types, checked when the module loads, tell the convention.
 *
 * @param allocate the export that allocates: {@code (i32) -> i32}, or {@code cabi_realloc}'s type
 * @param free the export that frees, {@code (i32) -> nil} or {@code (i32, i32) -> nil}; empty for none (the
 *     canonical ABI)
 */
public record AllocatorNames(String allocate, String free) {
    public AllocatorNames {
        Objects.requireNonNull(allocate, "allocate");
        Objects.requireNonNull(free, "free");
    }

    /** The names of a convention's exports; empty for a guest without allocator. */
    public static Optional<AllocatorNames> of(AllocatorConvention convention) {
        if (convention instanceof AllocatorConvention.Unsized unsized) {
            return Optional.of(new AllocatorNames(unsized.allocate(), unsized.free()));
        }
        if (convention instanceof AllocatorConvention.Sized sized) {
            return Optional.of(new AllocatorNames(sized.allocate(), sized.free()));
        }
        if (convention instanceof AllocatorConvention.CanonicalAbi canonical) {
            return Optional.of(new AllocatorNames(canonical.realloc(), ""));
        }
        return Optional.empty();
    }
}
