package dev.wasmbind.runtime.internal;

import com.dylibso.chicory.runtime.HostFunction;

/**
 * Builds the Chicory host functions that generated adapters hand to the builder. Whatever the Java implementation
 * throws (an unchecked or checked exception, an {@link Error}) stops the guest and surfaces from the export the guest
 * was running, with the original as cause.
 */
public final class HostFunctions {
    private static final long[] NONE = new long[0];

    private HostFunctions() {}

    /** What a generated adapter does for one call: read the arguments, call the implementation, lower the result. */
    @FunctionalInterface
    public interface Handler {
        long[] handle(HostCall call);
    }

    /** The host function for the import at {@code importIndex} of {@code binding}. */
    public static HostFunction define(HostModuleBinding binding, int importIndex, Handler handler) {
        ImportSpec spec = binding.imports().get(importIndex);
        return new HostFunction(
                binding.moduleName(),
                spec.importName(),
                spec.wasmSignature().functionType(),
                (instance, args) -> {
                    HostCall call = new HostCall(instance, args, spec.resultAllocator());
                    try {
                        return handler.handle(call);
                    } catch (HostFunctionException e) {
                        throw e;
                    } catch (Throwable e) {
                        // also what Java's checks let through: a checked exception thrown sneakily, or from Kotlin
                        throw new HostFunctionException(binding.moduleName(), spec.importName(), e);
                    } finally {
                        call.end();
                    }
                });
    }

    public static long[] none() {
        return NONE;
    }

    /** One result slot, already lowered: an {@code int} or {@code long} as is, others through {@link Abi}. */
    public static long[] value(long slot) {
        return new long[] {slot};
    }
}
