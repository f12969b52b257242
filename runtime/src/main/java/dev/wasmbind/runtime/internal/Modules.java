package dev.wasmbind.runtime.internal;

import com.dylibso.chicory.wasm.ChicoryException;
import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.SectionId;
import dev.wasmbind.runtime.InvalidModuleException;
import java.io.ByteArrayInputStream;

/** Reading modules whatever their bytes: the runtime and the processor both go through here. */
public final class Modules {
    /** What the name of a module resource ends with. */
    public static final String SUFFIX = ".wasm";

    private Modules() {}

    /** Whether {@code name} can name a module resource: a name, then {@link #SUFFIX}. */
    public static boolean isModuleName(String name) {
        return name.endsWith(SUFFIX) && name.length() > SUFFIX.length();
    }

    /**
     * Parses a module with Chicory. Whatever the bytes, the outcome is a module or {@link InvalidModuleException}:
     * Chicory reports most damage as its own exception, but some inputs fail deeper in its parser, some on its
     * assertions.
     */
    public static WasmModule parse(byte[] wasm, String moduleName) {
        return parse(Parser.builder().build(), wasm, moduleName);
    }

    /**
     * Parses the stripped module that Chicory's build-time compiler wrote beside the machine it compiled, without
     * validating it again: the processor validated the whole module before compiling it, and the stripped one
     * ships in the same jar as the machine's classes, which trust it as they trust themselves. Validating it costs
     * a large module a third of its cold start.
     */
    public static WasmModule parseValidatedAtBuildTime(byte[] stripped, String moduleName) {
        return parse(Parser.builder().withValidation(false).build(), stripped, moduleName);
    }

    /**
     * The custom sections of a module, its {@code name} section among them, and nothing else: what a failed call
     * needs of a module whose stripped copy runs.
     */
    public static WasmModule parseNames(byte[] wasm, String moduleName) {
        return parse(Parser.builder().includeSectionId(SectionId.CUSTOM).withValidation(false).build(), wasm,
                moduleName);
    }

    private static WasmModule parse(Parser parser, byte[] wasm, String moduleName) {
        // said first: Chicory would report a text file as a section size mismatch
        if (!InvalidModuleException.startsAsWasm(wasm)) {
            throw InvalidModuleException.notWasm(moduleName, wasm);
        }
        try {
            return parser.parse(() -> new ByteArrayInputStream(wasm));
        } catch (RuntimeException | AssertionError | StackOverflowError | OutOfMemoryError e) {
            throw new InvalidModuleException(moduleName, describe(e), e);
        }
    }

    /** Chicory's messages say what is wrong; anything else needs its class name to mean something. */
    public static String describe(Throwable e) {
        return e instanceof ChicoryException && e.getMessage() != null ? e.getMessage() : e.toString();
    }
}
