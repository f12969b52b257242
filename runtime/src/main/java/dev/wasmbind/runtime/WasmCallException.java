package dev.wasmbind.runtime;

/**
 * A call into the guest failed: the guest trapped (a TinyGo panic ends in a trap), exited, or a host function it
 * called threw. The cause is Chicory's exception, or the host function's own.
 */
public class WasmCallException extends WasmBindException {
    private static final long serialVersionUID = 1L;

    private final String exportName;

    public WasmCallException(String exportName, String message, Throwable cause) {
        super("wasm export `" + exportName + "` failed: " + message, cause);
        this.exportName = exportName;
    }

    /** The guest export that was called (or {@code _start}/{@code _initialize} while the guest started). */
    public String exportName() {
        return exportName;
    }
}
