package dev.wasmbind.runtime.internal;

import com.dylibso.chicory.runtime.HostFunction;
import com.dylibso.chicory.runtime.WasmFunctionHandle;
import dev.wasmbind.runtime.WasmBindException;

/**
 * Builds the Chicory host functions that generated adapters hand to the builder. Whatever the Java implementation
 * throws (an unchecked or checked exception, an {@link Error}) stops the guest and surfaces from the export the guest
 * was running, with the original as cause.
 *
 * <p>A host function that only takes and returns scalars ({@link #defineScalar}) reads its arguments straight
 * from the array Chicory passes, without a {@link HostCall}: then the JIT can keep both that array and the result's
 * off the heap, and a call allocates nothing.
 */
public final class HostFunctions {
    private static final long[] NONE = new long[0];

    private HostFunctions() {}

    /** What a generated adapter does for one call: read the arguments, call the implementation, lower the result. */
    @FunctionalInterface
    public interface Handler {
        long[] handle(HostCall call);
    }

    /**
     * The host function for {@code spec}, one of the imports of {@code binding}.
     *
     * @throws WasmBindException when {@code spec} is not one of them
     */
    public static HostFunction define(HostModuleBinding binding, ImportSpec spec, Handler handler) {
        binding.requireImport(spec);
        return hostFunction(binding, spec, (instance, args) -> {
            HostCall call = new HostCall(instance, args, spec.resultAllocator());
            try {
                return handler.handle(call);
            } catch (Throwable e) {
                throw failed(binding, spec, e);
            } finally {
                call.end();
            }
        });
    }

    /** What a generated adapter does for one call of a host function of scalars alone: the same, from the slots. */
    @FunctionalInterface
    public interface ScalarHandler {
        long[] handle(long[] args);
    }

    /**
     * The host function of scalars alone for {@code spec}, one of the imports of {@code binding}.
     *
     * @throws WasmBindException when {@code spec} is not one of them
     */
    public static HostFunction defineScalar(HostModuleBinding binding, ImportSpec spec, ScalarHandler handler) {
        binding.requireImport(spec);
        return hostFunction(binding, spec, (instance, args) -> {
            try {
                return handler.handle(args);
            } catch (Throwable e) {
                throw failed(binding, spec, e);
            }
        });
    }

    private static HostFunction hostFunction(HostModuleBinding binding, ImportSpec spec, WasmFunctionHandle handle) {
        return new HostFunction(binding.moduleName(), spec.importName(), spec.wasmSignature().functionType(), handle);
    }

    /**
     * What a host function's failure ends the guest's call with: a host function's failure that reached this one
     * through a nested call as it is; anything else (also what Java's checks let through: a checked exception thrown
     * sneakily, or from Kotlin) wrapped with this function's name.
     */
    private static RuntimeException failed(HostModuleBinding binding, ImportSpec spec, Throwable thrown) {
        if (thrown instanceof HostFunctionException failure) {
            return failure;
        }
        return new HostFunctionException(binding.moduleName(), spec.importName(), thrown);
    }

    public static long[] none() {
        return NONE;
    }

    /** One result slot, already lowered: an {@code int} or {@code long} as is, others through {@link Abi}. */
    public static long[] value(long slot) {
        return new long[] {slot};
    }
}
