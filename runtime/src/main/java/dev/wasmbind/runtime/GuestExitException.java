package dev.wasmbind.runtime;

/** The guest called WASI {@code proc_exit} (Go's {@code os.Exit}) during a call; the instance is unusable now. */
public final class GuestExitException extends WasmCallException {
    private static final long serialVersionUID = 1L;

    private final int exitCode;

    public GuestExitException(String exportName, int exitCode, Throwable cause) {
        super(exportName, "the guest exited with code " + exitCode, cause);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
