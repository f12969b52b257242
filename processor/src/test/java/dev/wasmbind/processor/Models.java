package dev.wasmbind.processor;

import com.squareup.javapoet.ClassName;
import dev.wasmbind.processor.model.BindingDecl;
import dev.wasmbind.processor.model.HostModuleDecl;
import dev.wasmbind.processor.model.JavaValue;
import dev.wasmbind.processor.model.MethodDecl;
import dev.wasmbind.processor.model.MethodDecl.ParamDecl;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Builds declarations by hand, for tests of the lowering and the writer that need no compiler. */
final class Models {
    static final ClassName IFACE = ClassName.get("demo", "Calc");

    private Models() {}

    static MethodDecl method(String name, JavaValue result, ParamDecl... params) {
        return new MethodDecl(name, capitalized(name), Arrays.asList(params), Optional.ofNullable(result), false,
                false, false);
    }

    static MethodDecl packed(String name, JavaValue result, boolean hostFrees, ParamDecl... params) {
        return new MethodDecl(name, capitalized(name), Arrays.asList(params), Optional.of(result), true, hostFrees,
                false);
    }

    static MethodDecl hostFrees(String name, JavaValue result, ParamDecl... params) {
        return new MethodDecl(name, capitalized(name), Arrays.asList(params), Optional.of(result), false, true,
                false);
    }

    static ParamDecl param(String name, JavaValue value) {
        return new ParamDecl(name, value);
    }

    /** A host interface for module env; each method's import name is its Java name. */
    static HostModuleDecl host(ClassName iface, MethodDecl... methods) {
        List<MethodDecl> imports = Arrays.stream(methods)
                .map(m -> new MethodDecl(m.name(), m.name(), m.params(), m.result(), false, false, m.varargs()))
                .toList();
        return new HostModuleDecl(iface, "env", imports, true);
    }

    static BindingDecl binding(MethodDecl... methods) {
        return new BindingDecl(IFACE, "calc.wasm", List.of(methods), List.of(), List.of(), List.of(), true,
                Optional.empty());
    }

    private static String capitalized(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
