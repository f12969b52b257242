package dev.wasmbind.processor;

import static dev.wasmbind.processor.Compilations.assertErrors;
import static dev.wasmbind.processor.Compilations.at;
import static dev.wasmbind.processor.Compilations.compile;
import static dev.wasmbind.processor.Compilations.source;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** {@code @Borrowed}: where it applies, and the copy-in it turns into a write to the instance's reused buffer. */
class BorrowedValidationTest {
    private static String generated(Compilation compilation, String name) throws IOException {
        return compilation.generatedSourceFile(name).orElseThrow().getCharContent(true).toString();
    }

    @Test
    void aBorrowedParameterIsWrittenIntoTheReusedBufferAndTheOthersAreCopied() throws IOException {
        Compilation compilation = compile(source("p.Text",
                "package p;",
                "import dev.wasmbind.*;",
                "@WasmModule(value = \"text.wasm\", deferIfMissing = true) interface Text {",
                "  int count(@Borrowed String text, byte[] kept, @Borrowed @PtrLen long[] values);",
                "}"));

        assertErrors(compilation);
        assertThat(generated(compilation, "p.TextWasm"))
                .contains("\"int count(@Borrowed String text, byte[] kept, @Borrowed @PtrLen long[] values)\"")
                .contains("GuestBuffer textBuffer = call.borrowString(text);")
                .contains("GuestBuffer keptBuffer = call.writeBytes(kept);")
                .contains("GuestBuffer valuesBuffer = call.borrowLongs(values);");
    }

    @Test
    void onTheInterfaceEveryCopiedArgumentIsBorrowed() throws IOException {
        Compilation compilation = compile(source("p.Text",
                "package p;",
                "import dev.wasmbind.*;",
                "@Borrowed @WasmModule(value = \"text.wasm\", deferIfMissing = true) interface Text {",
                "  int count(String text, int limit);",
                "}"));

        assertErrors(compilation);
        assertThat(generated(compilation, "p.TextWasm")).contains("call.borrowString(text)");
    }

    @Test
    void onAScalarOrAHostFunctionParameterItIsAnError() {
        Compilation compilation = compile(
                Compilations.typeWith("p.Env", "@HostModule(\"env\") interface Env {",
                        "  void log(@Borrowed String message);"),
                source("p.Text",
                        "package p;",
                        "import dev.wasmbind.*;",
                        "@WasmModule(value = \"text.wasm\", deferIfMissing = true) interface Text {",
                        "  int count(@Borrowed int limit);",
                        "}"));

        // host interfaces are processed first
        assertErrors(compilation,
                at(4, Messages.borrowedWrongPlace("java.lang.String", "message")),
                at(4, Messages.borrowedWrongPlace("int", "limit")));
    }
}
