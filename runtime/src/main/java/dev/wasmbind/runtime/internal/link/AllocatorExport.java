package dev.wasmbind.runtime.internal.link;

import com.dylibso.chicory.wasm.types.FunctionType;
import com.dylibso.chicory.wasm.types.ValType;
import dev.wasmbind.runtime.internal.Allocator;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A guest allocator export that calls rely on, with the type the runtime calls it with.
 *
 * @param exportName the export's name
 * @param type the type the runtime calls it with
 * @param purpose why a call needs it, completing "needs the guest's `malloc` export ..."
 */
public record AllocatorExport(String exportName, FunctionType type, String purpose) {
    private static final FunctionType ALLOCATE = FunctionType.of(List.of(ValType.I32), List.of(ValType.I32));

    public static final AllocatorExport MALLOC =
            new AllocatorExport("malloc", ALLOCATE, "to copy its arguments or return area into guest memory");
    public static final AllocatorExport FREE = new AllocatorExport(
            "free", FunctionType.of(List.of(ValType.I32), List.of()), "to release the memory it allocates");

    /**
     * The names of the allocator functions a guest may export (C's family, and the component model's
     * {@code cabi_realloc}): the binding calls them itself, so they are never what a bound method meant.
     */
    public static final Set<String> ALLOCATOR_NAMES = Set.of("malloc", "free", "calloc", "realloc",
            "posix_memalign", "aligned_alloc", "malloc_usable_size", "cabi_realloc");

    /** The allocator a host function's String or array result is allocated with, to hand it to the guest. */
    public static AllocatorExport forHostResults(String exportName) {
        return new AllocatorExport(exportName, ALLOCATE, "to hand its result to the guest");
    }

    /** The exports a call with these needs relies on, malloc first. */
    static List<AllocatorExport> neededBy(Allocator allocator) {
        List<AllocatorExport> needed = new ArrayList<>(2);
        if (allocator.needsMalloc()) {
            needed.add(MALLOC);
        }
        if (allocator.needsFree()) {
            needed.add(FREE);
        }
        return needed;
    }
}
