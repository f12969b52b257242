package dev.wasmbind.processor;

import static dev.wasmbind.processor.Compilations.assertErrors;
import static dev.wasmbind.processor.Compilations.at;
import static dev.wasmbind.processor.Compilations.compile;
import static dev.wasmbind.processor.Compilations.source;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * {@code @PackedOrder}: per method or as the interface's default, on export results (declared or inferred packed)
 * and on host-function results; and where it means nothing.
 */
class PackedOrderTest {

    @Test
    void readsPackedResultsLengthHighWhereTheMethodOrItsInterfaceSaysSo() throws IOException {
        Compilation compilation = compile(source("p.Packed",
                "package p;",
                "import dev.wasmbind.*;",
                "@PackedOrder(PackedOrder.Order.LENGTH_HIGH)",
                "@WasmModule(value = \"late_packed.wasm\", deferIfMissing = true) interface Packed {",
                "  @Export(\"greeting\") @PackedResult @HostFrees String greeting(String name);",
                "  @Export(\"other\") @PackedResult @PackedOrder(PackedOrder.Order.POINTER_HIGH) String other();",
                "}"));

        assertErrors(compilation);
        String code = generated(compilation, "p.PackedWasm");
        assertThat(code).contains("call.unpackLengthHigh(greeting.callI64(")
                .contains("call.unpack(other.callI64())");
    }

    @Test
    void infersThePackedResultInTheDeclaredOrder() throws IOException {
        Compilation compilation = compile(source("p.Packed",
                "package p;",
                "import dev.wasmbind.*;",
                "@WasmModule(\"packed.wasm\") interface Packed {",
                "  @Export(\"greeting\") @PackedOrder(PackedOrder.Order.LENGTH_HIGH) String greeting(String name);",
                "}"));

        assertErrors(compilation);
        assertThat(generated(compilation, "p.PackedWasm")).contains("packed = greeting.callI64(")
                .contains("call.unpackLengthHigh(packed)");
    }

    @Test
    void handsHostResultsOverLengthHighWhereTheMethodOrItsInterfaceSaysSo() throws IOException {
        Compilation compilation = compile(
                source("p.Env",
                        "package p;",
                        "import dev.wasmbind.*;",
                        "@PackedOrder(PackedOrder.Order.LENGTH_HIGH)",
                        "@HostModule(\"env\") public interface Env {",
                        "  String config(String key);",
                        "  @GuestAllocator(\"wasm_malloc\") byte[] payload();",
                        "  @PackedOrder(PackedOrder.Order.POINTER_HIGH) String name();",
                        "}"));

        assertErrors(compilation);
        assertThat(generated(compilation, "p.EnvHostFunctions"))
                .contains("call.stringToGuestLengthHigh(env.config(call.string(0)))")
                .contains("call.bytesToGuestLengthHigh(env.payload())")
                .contains("call.stringToGuest(env.name())");
    }

    @Test
    void rejectsTheOrderOnAnExportWithoutPackedValue() {
        Compilation compilation = compile(source("p.Calc",
                "package p;",
                "import dev.wasmbind.*;",
                "@WasmModule(value = \"calc.wasm\", deferIfMissing = true) interface Calc {",
                "  @PackedOrder(PackedOrder.Order.LENGTH_HIGH) int add(int a, int b);",
                "}"));

        assertErrors(compilation, at(4, Messages.packedOrderWrongType("int")));
    }

    @Test
    void rejectsTheOrderOnAHostFunctionWithoutPackedValue() {
        Compilation compilation = compile(source("p.Env",
                "package p;",
                "import dev.wasmbind.*;",
                "@HostModule(\"env\") public interface Env {",
                "  @PackedOrder(PackedOrder.Order.LENGTH_HIGH) long now();",
                "}"));

        assertErrors(compilation, at(4, Messages.packedOrderWrongType("long")));
    }

    private static String generated(Compilation compilation, String name) throws IOException {
        return compilation.generatedSourceFile(name).orElseThrow().getCharContent(true).toString();
    }
}
