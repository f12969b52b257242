package dev.wasmbind.processor.model;

import dev.wasmbind.processor.kinds.ExportParameterKind;
import java.util.List;
import java.util.Optional;

/**
 * A validated interface method bound to a wasm function: a guest export that a binding method calls, or an import
 * that a host interface method implements.
 *
 * @param name the Java method name
 * @param functionName the export it calls, or the import it implements
 * @param params its parameters; never records
 * @param result its result; empty for {@code void}; for a host interface method a scalar
 * @param transport how a String or array result arrives: through the return area (the default), packed as one
 *     i64 {@code ptr << 32 | len} ({@code @PackedResult}), or as several results {@code (ptr, len)}
 * @param hostFrees {@code @HostFrees}: the String or array result is freed with the guest's {@code free}
 * @param varargs whether the last parameter is declared {@code T...}
 * @param lengthHigh {@code @PackedOrder(LENGTH_HIGH)}: a packed result is {@code len << 32 | ptr}
 */
public record MethodDecl(
        String name,
        String functionName,
        List<ParamDecl> params,
        Optional<JavaValue> result,
        ResultTransport transport,
        boolean hostFrees,
        boolean varargs,
        boolean lengthHigh) {

    /** How a String or array result comes back from the guest. */
    public enum ResultTransport {
        RETURN_AREA,
        PACKED,
        /** As wasm multi-value results {@code (i32 ptr, i32 len)}: what LLVM emits once multi-value is enabled. */
        MULTI_VALUE
    }

    public MethodDecl {
        params = List.copyOf(params);
    }

    /**
     * A method whose result, if a String or array, arrives packed ({@code ptr << 32 | len}) or through the return
     * area.
     */
    public MethodDecl(String name, String functionName, List<ParamDecl> params, Optional<JavaValue> result,
            boolean packedResult, boolean hostFrees, boolean varargs) {
        this(name, functionName, params, result,
                packedResult ? ResultTransport.PACKED : ResultTransport.RETURN_AREA, hostFrees, varargs, false);
    }

    /** {@code @PackedResult}, or inferred from the module: a String or byte[] result arrives as one i64. */
    public boolean packedResult() {
        return transport == ResultTransport.PACKED;
    }

    /** A parameter: a value kind the position accepts, never a record. */
    public record ParamDecl(String name, JavaValue value) {}

    /** Whether an argument is copied into guest memory, which the call allocates and frees: a String, an array. */
    public boolean copiesArgumentsIn() {
        return params.stream().anyMatch(param -> param.value() instanceof ExportParameterKind kind && kind.copiesIn());
    }

    /** The method as messages show it: {@code String greet(String name)}. */
    public String javaSignature() {
        StringBuilder text = new StringBuilder();
        text.append(result.map(JavaValue::javaName).orElse("void")).append(' ').append(name).append('(');
        for (int i = 0; i < params.size(); i++) {
            if (i > 0) {
                text.append(", ");
            }
            text.append(params.get(i).value().javaName()).append(' ').append(params.get(i).name());
        }
        return text.append(')').toString();
    }
}
