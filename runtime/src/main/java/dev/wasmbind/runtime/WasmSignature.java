package dev.wasmbind.runtime;

import com.dylibso.chicory.wasm.types.FunctionType;
import com.dylibso.chicory.wasm.types.ValType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The wasm function type that a Java method lowers to, with a label for each parameter so that messages can say
 * which Java value a slot carries: {@code (i32 retptr, i32 name.ptr, i32 name.len) -> nil}.
 *
 * <p>Generated code stores signatures as this text; {@link #parse} and {@link #toString} round-trip.
 */
public record WasmSignature(List<Param> params, List<ValType> results) {

    /** One parameter slot: its value type and what it carries ({@code retptr}, {@code a}, {@code name.len}). */
    public record Param(ValType type, String label) {}

    /** The label of the hidden first parameter through which a result that fits no wasm value comes back. */
    public static final String RETURN_POINTER = "retptr";

    private static final String ARROW = " -> ";
    private static final String NOTHING = "nil";

    public WasmSignature {
        params = List.copyOf(params);
        results = List.copyOf(results);
    }

    /** Parses the form {@link #toString()} prints. */
    public static WasmSignature parse(String text) {
        int arrow = text.indexOf(ARROW);
        if (!text.startsWith("(") || arrow < 0 || text.charAt(arrow - 1) != ')') {
            throw new IllegalArgumentException("not a wasm signature: " + text);
        }
        List<Param> params = new ArrayList<>();
        String paramText = text.substring(1, arrow - 1).trim();
        if (!paramText.isEmpty()) {
            for (String param : paramText.split(",")) {
                String[] typeAndLabel = param.trim().split(" ", 2);
                if (typeAndLabel.length != 2) {
                    throw new IllegalArgumentException("parameter without label in " + text);
                }
                params.add(new Param(valueType(typeAndLabel[0], text), typeAndLabel[1]));
            }
        }
        List<ValType> results = new ArrayList<>();
        String resultText = text.substring(arrow + ARROW.length()).trim();
        if (!resultText.equals(NOTHING)) {
            for (String result : resultText.replace("(", "").replace(")", "").split(",")) {
                results.add(valueType(result.trim(), text));
            }
        }
        return new WasmSignature(params, results);
    }

    /** The unlabelled function type, as Chicory represents it. */
    public FunctionType functionType() {
        return FunctionType.of(params.stream().map(Param::type).collect(Collectors.toList()), results);
    }

    /** Whether a module's function has exactly this type. */
    public boolean matches(FunctionType actual) {
        return functionType().typesMatch(actual);
    }

    @Override
    public String toString() {
        return params.stream()
                        .map(p -> name(p.type()) + " " + p.label())
                        .collect(Collectors.joining(", ", "(", ")"))
                + ARROW
                + resultsText(results);
    }

    /** A module's function type in the same notation, without labels: {@code (i32, i32) -> nil}. */
    public static String describe(FunctionType type) {
        return type.params().stream().map(WasmSignature::name).collect(Collectors.joining(", ", "(", ")"))
                + ARROW
                + resultsText(type.returns());
    }

    private static String resultsText(List<ValType> results) {
        if (results.isEmpty()) {
            return NOTHING;
        }
        if (results.size() == 1) {
            return name(results.get(0));
        }
        return results.stream().map(WasmSignature::name).collect(Collectors.joining(", ", "(", ")"));
    }

    /** The wasm text-format name of a value type: {@code i32}, {@code f64}, {@code externref}. */
    public static String name(ValType type) {
        return type.name().toLowerCase(Locale.ROOT);
    }

    private static ValType valueType(String name, String text) {
        switch (name) {
            case "i32":
                return ValType.I32;
            case "i64":
                return ValType.I64;
            case "f32":
                return ValType.F32;
            case "f64":
                return ValType.F64;
            default:
                throw new IllegalArgumentException("unknown value type '" + name + "' in " + text);
        }
    }
}
