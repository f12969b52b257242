package dev.wasmbind.runtime;

import java.util.Arrays;
import java.util.Locale;

/**
 * The bytes given as a module are not a valid WebAssembly module (damaged, truncated, or not wasm at all), or
 * Chicory cannot instantiate it. Rebuild the module, or check which file is loaded.
 */
public final class InvalidModuleException extends WasmBindException {
    private static final long serialVersionUID = 1L;
    private static final byte[] MAGIC = {0x00, 0x61, 0x73, 0x6d};

    private final String detail;
    private final boolean wasm;

    /**
     * @param moduleName the module's file or resource name, for the message
     * @param detail what is wrong with it
     */
    public InvalidModuleException(String moduleName, String detail, Throwable cause) {
        this(moduleName + " is not a valid wasm module: " + detail, detail, true, cause);
    }

    private InvalidModuleException(String message, String detail, boolean wasm, Throwable cause) {
        super(message, cause);
        this.detail = detail;
        this.wasm = wasm;
    }

    /**
     * Bytes that are no wasm at all: they do not start with the magic {@code \0asm} of every module (a text file,
     * an HTML error page, a file of another format).
     *
     * @param moduleName the module's file or resource name, for the message
     * @param bytes the bytes given as the module
     * @return the exception to throw
     */
    public static InvalidModuleException notWasm(String moduleName, byte[] bytes) {
        StringBuilder start = new StringBuilder();
        for (int i = 0; i < Math.min(bytes.length, MAGIC.length); i++) {
            start.append(i > 0 ? " " : "").append(String.format(Locale.ROOT, "%02x", bytes[i]));
        }
        String detail = (bytes.length == 0 ? "it is empty" : "it starts with " + start)
                + ", where every wasm module starts with 00 61 73 6d (\"\\0asm\")";
        return new InvalidModuleException(moduleName + " is not a wasm module: " + detail
                + "; check which file is given as the module", detail, false, null);
    }

    /**
     * Whether the bytes start as a wasm module does.
     *
     * @param bytes the bytes given as a module
     * @return whether they start with the magic {@code \0asm}
     */
    public static boolean startsAsWasm(byte[] bytes) {
        return bytes.length >= MAGIC.length && Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length);
    }

    /** What is wrong with the module, without its name. */
    public String detail() {
        return detail;
    }

    /** Whether the bytes are wasm, damaged or invalid; false for bytes that do not start as a wasm module. */
    public boolean isWasm() {
        return wasm;
    }
}
