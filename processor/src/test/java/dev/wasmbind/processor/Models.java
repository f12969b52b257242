package dev.wasmbind.processor;

import com.squareup.javapoet.ClassName;
import dev.wasmbind.processor.kinds.ExportParameterKind;
import dev.wasmbind.processor.kinds.HostParameterKind;
import dev.wasmbind.processor.kinds.HostResult;
import dev.wasmbind.processor.kinds.HostResultKind;
import dev.wasmbind.processor.kinds.JavaValue;
import dev.wasmbind.processor.kinds.ParameterKind;
import dev.wasmbind.processor.kinds.ResultConvention;
import dev.wasmbind.processor.kinds.ResultConventions;
import dev.wasmbind.processor.kinds.ResultRequest;
import dev.wasmbind.processor.kinds.ParamDecl;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Builds declarations by hand, for tests of the lowering and the writer that need no compiler. */
final class Models {
    static final ClassName IFACE = ClassName.get("demo", "Calc");

    private Models() {}

    /** A parameter of either position. */
    record Param(String name, ParameterKind kind) {}

    /**
     * A method as a test writes it, of either position: {@link #export} as a binding declares it, {@link #host} as a
     * host interface does.
     */
    record Decl(String name, String functionName, List<Param> params, Optional<JavaValue> result,
            ResultRequest request) {

        ExportMethodDecl export() {
            return export(ResultConventions.declared(result, request));
        }

        /** The export with its result coming back by {@code convention}. */
        ExportMethodDecl export(ResultConvention convention) {
            return new ExportMethodDecl(name, functionName, params.stream()
                    .map(param -> new ParamDecl<>(param.name(), (ExportParameterKind) param.kind()))
                    .toList(), convention, false);
        }

        /** The import of a host interface, named as the Java method is. */
        HostMethodDecl host() {
            return new HostMethodDecl(name, name, params.stream()
                    .map(param -> new ParamDecl<>(param.name(), (HostParameterKind) param.kind()))
                    .toList(), new HostResult(result.map(HostResultKind.class::cast)), false);
        }
    }

    static Decl method(String name, JavaValue result, Param... params) {
        return new Decl(name, capitalized(name), Arrays.asList(params), Optional.ofNullable(result),
                ResultRequest.NONE);
    }

    static Decl packed(String name, JavaValue result, boolean hostFrees, Param... params) {
        return new Decl(name, capitalized(name), Arrays.asList(params), Optional.of(result),
                new ResultRequest(true, false, hostFrees));
    }

    static Decl hostFrees(String name, JavaValue result, Param... params) {
        return new Decl(name, capitalized(name), Arrays.asList(params), Optional.of(result),
                new ResultRequest(false, false, true));
    }

    static Param param(String name, ParameterKind kind) {
        return new Param(name, kind);
    }

    /** A host interface for module env; each method's import name is its Java name. */
    static HostModuleDecl host(ClassName iface, Decl... methods) {
        return new HostModuleDecl(
                iface, "env", Arrays.stream(methods).map(Decl::host).map(Models::declared).toList(), true);
    }

    static BindingDecl binding(Decl... methods) {
        return binding(Arrays.stream(methods).map(Decl::export).toList());
    }

    static BindingDecl binding(List<ExportMethodDecl> methods) {
        return new BindingDecl(IFACE, "calc.wasm", methods.stream().map(Models::declared).toList(), List.of(),
                List.of(), List.of(), true, Optional.empty());
    }

    /** A declaration as validation passes it on; built without a compiler, it has no element. */
    static <D extends MethodDecl> DeclaredMethod<D> declared(D decl) {
        return new DeclaredMethod<>(null, decl);
    }

    private static String capitalized(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
