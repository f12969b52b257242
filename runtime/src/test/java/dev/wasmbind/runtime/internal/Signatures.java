package dev.wasmbind.runtime.internal;

import com.dylibso.chicory.wasm.types.ValType;
import dev.wasmbind.runtime.internal.WasmSignature.Param;
import java.util.ArrayList;
import java.util.List;

/** Signatures written as messages print them, for tests: {@code sig("(i32 retptr, i32 a) -> nil")}. */
public final class Signatures {
    private static final String ARROW = " -> ";
    private static final String NOTHING = "nil";

    private Signatures() {}

    /** Parses the form {@link WasmSignature#toString()} prints. */
    public static WasmSignature sig(String text) {
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
