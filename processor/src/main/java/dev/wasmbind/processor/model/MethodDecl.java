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
 * @param packedResult {@code @PackedResult}: a String or byte[] result arrives as one i64 {@code ptr << 32 | len}
 * @param hostFrees {@code @HostFrees}: the String or array result is freed with the guest's {@code free}
 * @param varargs whether the last parameter is declared {@code T...}
 */
public record MethodDecl(
        String name,
        String functionName,
        List<ParamDecl> params,
        Optional<JavaValue> result,
        boolean packedResult,
        boolean hostFrees,
        boolean varargs) {

    public MethodDecl {
        params = List.copyOf(params);
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
