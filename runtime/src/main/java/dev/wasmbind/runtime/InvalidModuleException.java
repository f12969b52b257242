package dev.wasmbind.runtime;

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
}
