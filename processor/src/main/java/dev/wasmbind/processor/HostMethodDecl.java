package dev.wasmbind.processor;

import dev.wasmbind.processor.kinds.HostParameterKind;
import dev.wasmbind.processor.kinds.HostResult;
import dev.wasmbind.processor.kinds.ParamDecl;
import java.util.List;

/**
 * A host interface method that implements an import of the guest.
 *
 * @param name the Java method name
 * @param functionName the import it implements
 * @param params its parameters, which the adapter reads from the guest's arguments
 * @param result its result, which goes back to the guest as one wasm value
 * @param varargs whether the last parameter is declared {@code T...}
 */
record HostMethodDecl(String name, String functionName, List<ParamDecl<HostParameterKind>> params,
        HostResult result, boolean varargs) implements MethodDecl {

    public HostMethodDecl {
        params = List.copyOf(params);
    }
}
