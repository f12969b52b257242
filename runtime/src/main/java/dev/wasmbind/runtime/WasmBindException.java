package dev.wasmbind.runtime;

/** The base of every exception wasmbind throws; unchecked, like the failures of a Java method call. */
public class WasmBindException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public WasmBindException(String message) {
        super(message);
    }

    public WasmBindException(String message, Throwable cause) {
        super(message, cause);
    }
}
