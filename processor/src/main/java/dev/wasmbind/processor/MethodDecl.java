package dev.wasmbind.processor;

import dev.wasmbind.processor.kinds.JavaValue;
import dev.wasmbind.processor.kinds.MethodResult;
import dev.wasmbind.processor.kinds.ParamDecl;
import dev.wasmbind.processor.kinds.ParameterKind;
import java.util.List;

/**
 * A validated interface method bound to a wasm function, typed by where its values stand: a guest export that a
 * binding method calls ({@link ExportMethodDecl}), or an import that a host interface method implements
 * ({@link HostMethodDecl}).
 */
sealed interface MethodDecl permits ExportMethodDecl, HostMethodDecl {

    /** The Java method name. */
    String name();

    /** The export it calls, or the import it implements. */
    String functionName();

    /** Its parameters, of the kinds their position accepts; never records. */
    List<? extends ParamDecl<?>> params();

    /** How its result comes back. */
    MethodResult result();

    /** Whether the last parameter is declared {@code T...}. */
    boolean varargs();

    /** The method as messages show it: {@code String greet(String name)}. */
    default String javaSignature() {
        StringBuilder text = new StringBuilder();
        text.append(result().value().map(JavaValue::javaName).orElse("void")).append(' ').append(name()).append('(');
        List<? extends ParamDecl<?>> params = params();
        for (int i = 0; i < params.size(); i++) {
            if (i > 0) {
                text.append(", ");
            }
            text.append(params.get(i).value().javaName()).append(' ').append(params.get(i).name());
        }
        return text.append(')').toString();
    }
}
