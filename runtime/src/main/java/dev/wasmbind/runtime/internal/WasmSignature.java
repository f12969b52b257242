package dev.wasmbind.runtime.internal;

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
 * <p>Generated code builds signatures with {@link #builder()}; messages print them with {@link #toString()}.
 */
public record WasmSignature(List<Param> params, List<ValType> results) {

    /** One parameter slot: its value type and what it carries ({@code retptr}, {@code a}, {@code name.len}). */
    public record Param(ValType type, String label) {
        /** An {@code i32} slot carrying one part of a Java parameter: {@code name.ptr}, {@code name.cap}. */
        public static Param partOf(String javaName, String part) {
            return new Param(ValType.I32, javaName + PART_SEPARATOR + part);
        }

        /** Whether the slot is a slice's {@code cap}, which a module may leave out ({@link ImportFit}). */
        public boolean isCapacity() {
            return label.endsWith(PART_SEPARATOR + CAPACITY);
        }

        /** The Java parameter the slot belongs to: {@code name} for {@code name.len}. */
        public String javaName() {
            int separator = label.indexOf(PART_SEPARATOR);
            return separator < 0 ? label : label.substring(0, separator);
        }
    }

    /** Between a Java parameter's name and the part of it a slot carries, in labels: {@code name.len}. */
    public static final String PART_SEPARATOR = ".";

    /** The label part of a slice's capacity, the slot after its length. */
    public static final String CAPACITY = "cap";

    /** The label of the hidden first parameter through which a result that fits no wasm value comes back. */
    public static final String RETURN_POINTER = "retptr";

    private static final String ARROW = " -> ";
    private static final String NOTHING = "nil";

    public WasmSignature {
        params = List.copyOf(params);
        results = List.copyOf(results);
    }

    /** Builds a signature parameter by parameter, as generated code does: no text is parsed at run time. */
    public static Builder builder() {
        return new Builder();
    }

    /** The parameters of a signature in slot order, then its results. */
    public static final class Builder {
        private final List<Param> params = new ArrayList<>();

        private Builder() {}

        /** The hidden first parameter: where the callee writes a result that fits no wasm value. */
        public Builder returnPointer() {
            return param(ValType.I32, RETURN_POINTER);
        }

        /** An {@code i32} parameter carrying what {@code label} says. */
        public Builder i32(String label) {
            return param(ValType.I32, label);
        }

        /** An {@code i64} parameter. */
        public Builder i64(String label) {
            return param(ValType.I64, label);
        }

        /** An {@code f32} parameter. */
        public Builder f32(String label) {
            return param(ValType.F32, label);
        }

        /** An {@code f64} parameter. */
        public Builder f64(String label) {
            return param(ValType.F64, label);
        }

        /** A parameter of any value type. */
        public Builder param(ValType type, String label) {
            params.add(new Param(type, label));
            return this;
        }

        /** The signature, with these results; none for a function without result. */
        public WasmSignature returns(ValType... results) {
            return new WasmSignature(params, List.of(results));
        }
    }

    /** The unlabelled function type, as Chicory represents it. */
    public FunctionType functionType() {
        List<ValType> types = new ArrayList<>(params.size());
        for (Param param : params) {
            types.add(param.type());
        }
        return FunctionType.of(types, results);
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
}
