package dev.wasmbind.processor;

import dev.wasmbind.processor.kinds.ExportParameterKind;
import dev.wasmbind.processor.kinds.ParamDecl;
import dev.wasmbind.processor.kinds.ResultConvention;
import java.util.List;

/**
 * A binding method that calls a guest export.
 *
 * @param name the Java method name
 * @param functionName the export it calls
 * @param params its parameters, which the binding lowers
 * @param result the convention its result comes back by
 * @param varargs whether the last parameter is declared {@code T...}
 */
record ExportMethodDecl(String name, String functionName, List<ParamDecl<ExportParameterKind>> params,
        ResultConvention result, boolean varargs) implements MethodDecl {

    public ExportMethodDecl {
        params = List.copyOf(params);
    }

    /** Whether an argument is copied into guest memory, which the call allocates and frees: a String, an array. */
    public boolean copiesArgumentsIn() {
        return params.stream().anyMatch(param -> param.value().copiesIn());
    }
}
