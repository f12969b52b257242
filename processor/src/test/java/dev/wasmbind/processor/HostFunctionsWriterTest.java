package dev.wasmbind.processor;

import static dev.wasmbind.processor.Models.host;
import static dev.wasmbind.processor.Models.method;
import static dev.wasmbind.processor.Models.param;
import static dev.wasmbind.processor.kinds.PrimitiveKind.CHAR;
import static dev.wasmbind.processor.kinds.PrimitiveKind.INT;
import static dev.wasmbind.processor.kinds.PrimitiveKind.LONG;
import static dev.wasmbind.processor.kinds.PrimitiveKind.UNSIGNED_LONG;
import static dev.wasmbind.processor.kinds.SequenceKind.BYTES;
import static dev.wasmbind.processor.kinds.SequenceKind.LONGS;
import static dev.wasmbind.processor.kinds.SequenceKind.STRING;
import static org.assertj.core.api.Assertions.assertThat;

import com.squareup.javapoet.ClassName;
import dev.wasmbind.runtime.Engine;
import dev.wasmbind.runtime.internal.ModuleBinding.HostModuleUse;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The lowering of host interfaces and the adapter writer, on hand-built models without a compiler. */
class HostFunctionsWriterTest {
    private static final ClassName ENV = ClassName.get("demo", "Env");

    @Test
    void lowersParametersLikeAnExportsWithoutAReturnArea() {
        HostModuleModel model = Lowering.lower(host(ENV,
                method("log", null, param("message", STRING)),
                method("sum", LONG, param("values", LONGS), param("scale", UNSIGNED_LONG))));

        assertThat(model.generated()).isEqualTo(ClassName.get("demo", "EnvHostFunctions"));
        assertThat(model.binding().imports()).extracting(spec -> spec.wasmSignature().toString()).containsExactly(
                "(i32 message.ptr, i32 message.len) -> nil",
                "(i32 values.ptr, i32 values.len, i32 values.cap, i32 scale) -> i64");
        assertThat(model.binding().imports()).extracting(spec -> spec.javaSignature()).containsExactly(
                "void log(String message)", "long sum(long[] values, @Unsigned long scale)");
        assertThat(model.binding().interfaceName()).isEqualTo("demo.Env");
        assertThat(model.binding().moduleName()).isEqualTo("env");
    }

    @Test
    void namesTheAdapterOfANestedInterfaceAfterItsEnclosingTypes() {
        assertThat(Lowering.lower(host(ClassName.get("demo", "Outer", "Env"))).generated())
                .isEqualTo(ClassName.get("demo", "Outer_EnvHostFunctions"));
    }

    @Test
    void readsEachArgumentFromTheSlotWhereItStarts() {
        String code = write(host(ENV, method("mixed", INT,
                param("a", INT), param("text", STRING), param("bytes", BYTES),
                param("c", CHAR))));

        // long argument lists wrap; the slots are what matters
        assertThat(code.replaceAll("\\s+", " ")).contains("HostFunctions.define(BINDING, MIXED, call -> HostFunctions.value("
                + "env.mixed(call.i32(0), call.string(1), call.bytes(3), (char) call.i32(6))))");
    }

    @Test
    void keepsTheLambdaParameterApartFromTheImplementation() {
        String call = write(host(ClassName.get("demo", "Call"), method("length", INT, param("text", STRING))));
        String args = write(host(ClassName.get("demo", "Args"), method("add", INT, param("a", INT))));

        assertThat(call).contains("public static List<HostFunction> of(Call call) {")
                .contains("Objects.requireNonNull(call, \"call\");")
                .contains("HostFunctions.define(BINDING, LENGTH, call_ -> HostFunctions.value(call.length(call_.string(0))))");
        assertThat(args).contains("public static List<HostFunction> of(Args args) {")
                .contains("HostFunctions.defineScalar(BINDING, ADD, args_ -> HostFunctions.value(args.add(HostCall.i32(args_,\n"
                        + "            0)))));");
    }

    @Test
    void readsTheArgumentsOfAFunctionOfScalarsWithoutACall() {
        String code = write(host(ENV, method("wide", LONG, param("a", INT), param("u", UNSIGNED_LONG), param("c", CHAR)),
                method("log", null, param("a", INT)), method("text", INT, param("text", STRING))));

        assertThat(code)
                .contains("HostFunctions.defineScalar(BINDING, WIDE, args -> HostFunctions.value(env.wide(HostCall.i32(args,\n"
                        + "            0), HostCall.u32(args, 1), (char) HostCall.i32(args, 2)))),")
                .contains("HostFunctions.defineScalar(BINDING, LOG, args -> {\n          env.log(HostCall.i32(args, 0));\n"
                        + "          return HostFunctions.none();")
                .contains("HostFunctions.define(BINDING, TEXT, call -> HostFunctions.value(env.text(call.string(0))))");
    }

    @Test
    void namesEachImportByAConstantKeptApartFromBindingAndOverloads() {
        String code = write(host(ENV, method("log", null, param("a", INT)), method("log", null, param("a", LONG)),
                method("BINDING", null), method("logLine", null)));

        assertThat(code)
                .contains("private static final ImportSpec LOG = ImportSpec.of(\"log\", \"void log(int a)\",")
                .contains("private static final ImportSpec LOG_ = ImportSpec.of(\"log\", \"void log(long a)\",")
                .contains("private static final ImportSpec BINDING_ = ImportSpec.of(\"BINDING\", \"void BINDING()\",")
                .contains("private static final ImportSpec LOG_LINE = ImportSpec.of(\"logLine\", ")
                .contains("      .function(LOG)\n      .function(LOG_)\n      .function(BINDING_)\n"
                        + "      .function(LOG_LINE)\n      .build();")
                .contains("HostFunctions.defineScalar(BINDING, LOG_, args -> {")
                .contains("HostFunctions.defineScalar(BINDING, BINDING_, args -> {");
    }

    @Test
    void returnsNoFunctionsForAnEmptyInterface() {
        assertThat(write(host(ENV))).contains("return List.of();");
    }

    @Test
    void mirrorsTheAccessOfTheInterface() {
        HostModuleDecl visible = host(ENV, method("add", INT, param("a", INT)));
        HostModuleDecl packagePrivate = new HostModuleDecl(ENV, "env", visible.methods(), false);

        assertThat(write(visible)).contains("\npublic final class EnvHostFunctions {");
        assertThat(write(packagePrivate)).contains("\nfinal class EnvHostFunctions {");
    }

    @Test
    void addsTheHostInterfacesToTheBindingAndItsBuilder() {
        HostModuleDecl env = host(ENV, method("log", null, param("message", STRING)));
        BindingModel model = Lowering.lower(new BindingDecl(Models.IFACE, "calc.wasm", List.of(), List.of(),
                List.of(new BindingDecl.HostUse(env, "env")), List.of(), true, Optional.empty()), Engine.COMPILER);
        String code = BindingWriter.write(model, Optional.empty()).toString();

        // the link check sees the very binding the adapter prints
        assertThat(model.binding().hostModules())
                .containsExactly(new HostModuleUse(Lowering.lower(env).binding(), "env"));
        assertThat(code).contains(".hostModule(EnvHostFunctions.BINDING, \"env\")")
                .contains("public static CalcWasm load(Env env) {\n    return builder().env(env).build();\n  }")
                .contains("public Builder env(Env env) {\n      return hostModule(\"env\", EnvHostFunctions.of(env));")
                .doesNotContain("load()");
    }

    private static String write(HostModuleDecl decl) {
        return HostFunctionsWriter.write(Lowering.lower(decl)).toString();
    }
}
