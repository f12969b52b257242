package dev.wasmbind.runtime.internal;

import dev.wasmbind.runtime.WasmBindException;

/**
 * The contract between generated classes and this runtime. Generated code is compiled into users' jars, while the
 * runtime comes from the class path, possibly in another version; each generated class states the contract it was
 * written for when it initialises, and a runtime that cannot serve it fails right there with a message that says
 * what to align, instead of a {@code NoSuchMethodError} somewhere later.
 */
public final class RuntimeContract {
    /**
     * Typed binding descriptions, poisoning guests, pools, the machine compiled at build time
     * ({@link BuildTimeMachine}), and the guest's allocator by name, whose free a result's length is given
     * ({@code CallScope.freeAfterCall(region, elementSize)}). Contracts 1 and 2 freed results without their length.
     */
    public static final int V3 = 3;
    /**
     * Bindings that call the functions of the machine compiled at build time directly ({@link Guest#runs},
     * {@link GuestFunction#begin} and the ends of a direct call), and host functions of scalars alone
     * ({@link HostFunctions#defineScalar}).
     */
    public static final int V4 = 4;
    /**
     * Calls wired by name: generated code declares a constant per export ({@link ExportSpec}) and per import
     * ({@link ImportSpec}), builds them into its binding, and looks up its functions by them
     * ({@link Guest#function(ExportSpec)}, {@link HostFunctions#define(HostModuleBinding, ImportSpec,
     * HostFunctions.Handler)}). The lookups by position that contracts 3 and 4 used are gone, so this runtime serves
     * no older contract: code generated for them must be regenerated.
     */
    public static final int V5 = 5;
    /** The contracts this runtime serves, oldest and newest. */
    static final int OLDEST = V5;
    static final int NEWEST = V5;

    private RuntimeContract() {}

    /**
     * @param version the contract the generated class was written for
     * @param annotatedType the interface the code was generated for, for the message
     * @throws WasmBindException when this runtime does not serve that contract
     */
    static void check(int version, String annotatedType) {
        if (version < OLDEST || version > NEWEST) {
            throw new WasmBindException("the code generated for " + annotatedType + " needs wasmbind runtime contract "
                    + version
                    + ", but the wasmbind-runtime on the class path serves contracts " + OLDEST + " to " + NEWEST
                    + ": use the same wasmbind version for wasmbind-processor and wasmbind-runtime, and rebuild");
        }
    }
}
