package dev.wasmbind.runtime.internal;

import com.dylibso.chicory.wasm.ChicoryException;
import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;
import dev.wasmbind.runtime.InvalidModuleException;

/** Reading modules whatever their bytes: the runtime and the processor both go through here. */
public final class Modules {
    private Modules() {}

    /**
     * Parses a module with Chicory. Whatever the bytes, the outcome is a module or {@link InvalidModuleException}:
     * Chicory reports most damage as its own exception, but some inputs fail deeper in its parser, some on its
     * assertions.
     */
    public static WasmModule parse(byte[] wasm, String moduleName) {
        try {
            return Parser.parse(wasm);
        } catch (RuntimeException | AssertionError | StackOverflowError | OutOfMemoryError e) {
            throw new InvalidModuleException(moduleName, describe(e), e);
        }
    }

    /** Chicory's messages say what is wrong; anything else needs its class name to mean something. */
    public static String describe(Throwable e) {
        return e instanceof ChicoryException && e.getMessage() != null ? e.getMessage() : e.toString();
    }
}
