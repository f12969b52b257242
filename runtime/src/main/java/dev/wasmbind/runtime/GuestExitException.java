package dev.wasmbind.runtime;

/** The guest called WASI {@code proc_exit} (Go's {@code os.Exit}) during a call; the instance is unusable now. */
public final class GuestExitException extends WasmCallException {
    private static final long serialVersionUID = 1L;

    private static final String COMMAND_ENTRY_POINT = "_start";

    private final int exitCode;

    public GuestExitException(String exportName, int exitCode, Throwable cause) {
        super(exportName, null, message(exportName, exitCode), cause);
        this.exitCode = exitCode;
    }

    /** A command's {@code _start} runs the program's {@code main}: its exit is the program's, not an export's. */
    private static String message(String exportName, int exitCode) {
        return exportName.equals(COMMAND_ENTRY_POINT)
                ? "the guest program exited with code " + exitCode + " while the instance started: its main (which `"
                        + COMMAND_ENTRY_POINT + "` runs) ended the program; its stderr may say why"
                : "wasm export `" + exportName + "` failed: the guest exited with code " + exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
