package dev.wasmbind.runtime.internal.link;

import com.dylibso.chicory.wasm.types.FunctionType;
import dev.wasmbind.runtime.internal.AllocatorConvention;

/**
 * An allocator export that {@code @GuestAllocator} names for a host function's result, with the type the runtime
 * calls it with.
 *
 * @param exportName the export's name
 * @param type the type the runtime calls it with
 * @param purpose why a call needs it, completing "needs the guest's `wasm_malloc` export ..."
 */
public record AllocatorExport(String exportName, FunctionType type, String purpose) {

    /** The allocator a host function's String or array result is allocated with, to hand it to the guest. */
    public static AllocatorExport forHostResults(String exportName) {
        return new AllocatorExport(exportName, AllocatorConvention.ALLOCATE, LinkMessages.FOR_HOST_RESULTS);
    }
}
