package dev.wasmbind.runtime;

/**
 * A call was refused because an earlier call on the same instance ended abnormally. A trap, panic, exit, timeout or
 * host-function failure unwinds the guest without restoring its shadow stack or finishing what its allocator was
 * doing, so no later call on that instance could be trusted: close it and load a new one (a pool from
 * {@code buildPool} does that by itself). The cause is the first failure.
 */
public final class GuestPoisonedException extends WasmBindException {
    private static final long serialVersionUID = 1L;

    private final String failedExport;

    /**
     * @param interfaceName the bound interface, for the message
     * @param firstFailure the call that ended abnormally first
     */
    public GuestPoisonedException(String interfaceName, WasmCallException firstFailure) {
        super("this instance of " + interfaceName + " takes no more calls: an earlier call of `"
                + firstFailure.exportName() + "` ended abnormally (" + firstFailure.getMessage()
                + ") and may have left the guest's stack or heap corrupted; close it and load a new instance",
                firstFailure);
        this.failedExport = firstFailure.exportName();
    }

    /** The export whose call failed first and made the instance unusable. */
    public String failedExport() {
        return failedExport;
    }

    /** The first failure, as its caller saw it. */
    @Override
    public synchronized WasmCallException getCause() {
        return (WasmCallException) super.getCause();
    }
}
