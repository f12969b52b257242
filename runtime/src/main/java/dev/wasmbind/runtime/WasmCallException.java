package dev.wasmbind.runtime;

import java.util.Optional;

/**
 * A call into the guest ended abnormally: the guest trapped (a TinyGo panic ends in a trap), exited, ran out of
 * time or memory, was interrupted, or a host function it called threw. The cause is Chicory's exception, or the
 * host function's own. The instance the call ran on is unusable afterwards ({@link GuestPoisonedException}).
 */
public class WasmCallException extends WasmBindException {
    private static final long serialVersionUID = 1L;

    private final String exportName;
    private final String guestPanic;

    /**
     * @param exportName the export that was called
     * @param reason what went wrong, completing "wasm export `name` failed: "
     * @param cause what Chicory or the host function threw
     */
    public WasmCallException(String exportName, String reason, Throwable cause) {
        this(exportName, null, "wasm export `" + exportName + "` failed: " + reason, cause);
    }

    WasmCallException(String exportName, String guestPanic, String message, Throwable cause) {
        super(message, cause);
        this.exportName = exportName;
        this.guestPanic = guestPanic;
    }

    /** The guest panicked: it printed {@code panic: <panic>} and trapped, as TinyGo does. */
    public static WasmCallException panicked(String exportName, String panic, Throwable cause) {
        return new WasmCallException(exportName, panic, "wasm export `" + exportName + "` panicked: " + panic, cause);
    }

    /** The guest export that was called (or {@code _start}/{@code _initialize} while the guest started). */
    public String exportName() {
        return exportName;
    }

    /**
     * The message of the guest's last {@code panic: …} line printed during the call, when the call ended with a
     * TinyGo panic; empty otherwise.
     */
    public Optional<String> guestPanic() {
        return Optional.ofNullable(guestPanic);
    }
}
