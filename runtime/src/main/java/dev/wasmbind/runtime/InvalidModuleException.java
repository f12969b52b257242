package dev.wasmbind.runtime;

import com.dylibso.chicory.wasm.ChicoryException;
import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;

/**
 * The bytes given as a module are not a valid WebAssembly module (damaged, truncated, or not wasm at all), or
 * Chicory cannot instantiate it. Rebuild the module, or check which file is loaded.
 */
public final class InvalidModuleException extends WasmBindException {
    private static final long serialVersionUID = 1L;

    private final String detail;

    /**
     * @param moduleName the module's file or resource name, for the message
     * @param detail what is wrong with it
     */
    public InvalidModuleException(String moduleName, String detail, Throwable cause) {
        super(moduleName + " is not a valid wasm module: " + detail, cause);
        this.detail = detail;
    }

    /** What is wrong with the module, without its name. */
    public String detail() {
        return detail;
    }

    /**
     * Parses a module with Chicory. Whatever the bytes, the outcome is a module or this exception: Chicory
     * reports most damage as its own exception, but some inputs fail deeper in its parser, some on its assertions.
     */
    public static WasmModule parse(byte[] wasm, String moduleName) {
        try {
            return Parser.parse(wasm);
        } catch (RuntimeException | AssertionError | StackOverflowError | OutOfMemoryError e) {
            throw new InvalidModuleException(moduleName, describe(e), e);
        }
    }

    /** Chicory's messages say what is wrong; anything else needs its class name to mean something. */
    static String describe(Throwable e) {
        return e instanceof ChicoryException && e.getMessage() != null ? e.getMessage() : e.toString();
    }
}
