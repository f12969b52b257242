package dev.wasmbind.runtime;

/**
 * The module does not match the binding; thrown when the binding loads, before any call. The message lists every
 * problem, one a line, each saying what to change.
 */
public final class WasmLinkException extends WasmBindException {
    private static final long serialVersionUID = 1L;

    /** @param message what does not match, and what to do about it */
    public WasmLinkException(String message) {
        super(message);
    }
}
