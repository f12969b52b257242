package dev.wasmbind.cli;

import java.util.List;
import java.util.Optional;

/**
 * A top-level Go function declaration, with the wasm directive of its doc comment if it has one.
 *
 * @param file the source's file name, for comments
 * @param line the line of {@code func}, from 1
 * @param signature the declaration up to its body, on one line: {@code func _greet(ptr, size uint32)}
 * @param results the results; names are empty when the source gives none
 * @param body the body with comments and the contents of literals blanked out, so that only code matches a search;
 *     empty for a function without body (an import)
 */
record GoFunction(
        String file,
        int line,
        String name,
        Optional<Directive> directive,
        String signature,
        List<Param> params,
        List<Param> results,
        Optional<String> body) {

    /** A parameter or result; {@code name} is empty (or {@code _}) when the source gives none. */
    record Param(String name, String type) {}

    /** What a directive makes of the function: a wasm export or a wasm import. */
    sealed interface Directive {
        /** The directive lines as the source has them, such as {@code //go:wasmimport env log}. */
        List<String> lines();

        /** The lines for a comment: {@code `//go:wasm-module env` and `//export log`}. */
        default String quoted() {
            return "`" + String.join("` and `", lines()) + "`";
        }
    }

    /** {@code //export NAME} on a function with a body, or {@code //go:wasmexport NAME}. */
    record Export(String name, List<String> lines) implements Directive {}

    /**
     * {@code //go:wasmimport MODULE NAME}, or {@code //export NAME} on a function without body, with the module of
     * {@code //go:wasm-module MODULE} or else TinyGo's default {@code env}.
     */
    record Import(String module, String name, List<String> lines) implements Directive {}

    GoFunction {
        params = List.copyOf(params);
        results = List.copyOf(results);
    }

    /** Where the declaration is, for comments: {@code greet.go:42}. */
    String location() {
        return file + ":" + line;
    }
}
