package dev.wasmbind.processor;

import static dev.wasmbind.processor.Compilations.assertErrors;
import static dev.wasmbind.processor.Compilations.at;
import static dev.wasmbind.processor.Compilations.compile;
import static dev.wasmbind.processor.Models.host;
import static dev.wasmbind.processor.Models.method;
import static dev.wasmbind.processor.Models.param;
import static dev.wasmbind.processor.kinds.PrimitiveKind.INT;
import static dev.wasmbind.processor.kinds.SequenceKind.STRING;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.squareup.javapoet.ClassName;
import dev.wasmbind.processor.kinds.GuestBufferWriterKind;
import dev.wasmbind.processor.kinds.Position;
import dev.wasmbind.runtime.internal.ImportSpec;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** A {@code GuestBufferWriter} parameter: the guest's {@code (buf, limit)} buffer that a host function fills. */
class GuestBufferWriterKindTest {
    private static final ClassName HTTP = ClassName.get("demo", "HttpHandler");
    private static final String TYPE = "dev.wasmbind.runtime.GuestBufferWriter";

    @Test
    void lowersToThePointerAndLimitOfTheGuestsBuffer() {
        HostModuleModel model = Lowering.lower(host(HTTP,
                method("getUri", INT, param("buf", GuestBufferWriterKind.INSTANCE))));

        assertThat(model.binding().imports()).extracting(spec -> spec.wasmSignature().toString())
                .containsExactly("(i32 buf.ptr, i32 buf.limit) -> i32");
        assertThat(model.binding().imports()).extracting(ImportSpec::javaSignature)
                .containsExactly("int getUri(GuestBufferWriter buf)");
    }

    @Test
    void handsTheImplementationAWriterForItsTwoSlots() {
        String code = HostFunctionsWriter.write(Lowering.lower(host(HTTP, method("getHeader", INT,
                param("name", STRING), param("buf", GuestBufferWriterKind.INSTANCE), param("kind", INT))))).toString();

        assertThat(code.replaceAll("\\s+", " ")).contains("HostFunctions.define(BINDING, GET_HEADER, call -> "
                + "HostFunctions.value(httpHandler.getHeader(call.string(0), call.bufferWriter(2), "
                + "call.i32(4))))");
    }

    @Test
    void compilesTheAdapterOfAHostFunctionThatFillsTheGuestsBuffer() {
        Compilation compilation = compile(httpHandler(
                "  @Import(\"get_uri\") int getUri(" + TYPE + " buf);"));

        assertErrors(compilation);
        assertThat(compilation.generatedSourceFiles()).hasSize(1);
    }

    @Test
    void isNoExportParameterResultOrRecordComponent() {
        Compilation compilation = compile(Compilations.typeWith("p.Foo",
                "@WasmModule(\"greeter.wasm\") interface Foo {",
                "  record Holder(" + TYPE + " buf) {}",
                "  void fill(" + TYPE + " buf);",
                "  " + TYPE + " buffer();",
                "  Holder holder();"));

        assertErrors(compilation,
                at(5, Messages.unsupportedParameter(TYPE, "buf", Position.EXPORT_PARAMETER)),
                at(6, Messages.unsupportedResult(TYPE, "buffer()")),
                at(4, Messages.unsupportedComponent("Holder", "buf", TYPE)));
    }

    @Test
    void isNoHostResult() {
        Compilation compilation = compile(httpHandler(
                "  " + TYPE + " uri();"));

        assertErrors(compilation, at(4, Messages.unsupportedHostResult(TYPE, "uri()")));
    }

    /** {@code p.Http} for module http_handler; the given lines start at line 4. */
    private static JavaFileObject httpHandler(String... members) {
        return Compilations.typeWith("p.Http", "@HostModule(\"http_handler\") interface Http {", members);
    }
}
