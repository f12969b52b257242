package dev.wasmbind.processor;

import static dev.wasmbind.processor.Compilations.assertErrors;
import static dev.wasmbind.processor.Compilations.at;
import static dev.wasmbind.processor.Compilations.compile;
import static dev.wasmbind.processor.Compilations.describeAll;
import static dev.wasmbind.processor.Compilations.source;
import static dev.wasmbind.processor.Compilations.warnings;
import static org.assertj.core.api.Assertions.assertThat;

import com.dylibso.chicory.wasm.types.FunctionType;
import com.dylibso.chicory.wasm.types.ValType;
import com.google.testing.compile.Compilation;
import dev.wasmbind.runtime.internal.Allocator;
import dev.wasmbind.runtime.internal.ExportSpec;
import dev.wasmbind.runtime.internal.WasmSignature;
import dev.wasmbind.runtime.internal.link.LinkMessages;
import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The module decides the transport: against transports.wasm, each method's arrays and region results take the one
 * lowering that fits its export; none fitting is the link check's mismatch, several fitting an error of its own.
 */
class TransportInferenceTest {
    /** A binding of transports.wasm with one method, on line 4. */
    private static Compilation bind(String method) {
        return compile(source("p.Transports",
                "package p;",
                "import dev.wasmbind.*;",
                "@WasmModule(\"transports.wasm\") interface Transports {",
                "  " + method + ";",
                "}"));
    }

    private static String generated(Compilation compilation) throws IOException {
        return compilation.generatedSourceFile("p.TransportsWasm").orElseThrow().getCharContent(true).toString();
    }

    @Test
    void anArrayTheExportTakesAsPtrLenIsPassedSo() throws IOException {
        Compilation compilation = bind("@Export(\"Digest\") long digest(byte[] data)");

        assertErrors(compilation);
        assertThat(describeAll(warnings(compilation))).isEmpty();
        assertThat(generated(compilation))
                .contains("\"long digest(@PtrLen byte[] data)\"")
                .contains("digest.callI64(dataBuffer.address(), dataBuffer.length())");
    }

    @Test
    void bothTheParameterAndThePackedResultAreInferredTogether() throws IOException {
        Compilation compilation = bind("@Export(\"Echo\") byte[] echo(byte[] data)");

        assertErrors(compilation);
        assertThat(generated(compilation))
                .contains("WasmSignature.builder().i32(\"data.ptr\").i32(\"data.len\").returns(ValType.I64)")
                .contains("packed = echo.callI64(dataBuffer.address(), dataBuffer.length());")
                .contains("call.unpack(packed)");
    }

    @Test
    void aResultReturnedAsSeveralValuesIsReadFromThem() throws IOException {
        Compilation compilation = bind("@Export(\"Pair\") String pair(String value)");

        assertErrors(compilation);
        assertThat(generated(compilation))
                .contains(".i32(\"value.len\").returns(ValType.I32, ValType.I32))")
                .contains("return call.readString(call.unpack(pair.callPair(valueBuffer.address(),\n"
                        + "          valueBuffer.length())));");
    }

    @Test
    void aDeclarationThatFitsAsDeclaredStaysSo() throws IOException {
        Compilation compilation = bind("@Export(\"Slices\") void slices(byte[] a, int[] b)");

        assertErrors(compilation);
        assertThat(generated(compilation)).contains("\"void slices(byte[] a, int[] b)\"");
    }

    @Test
    void twoFittingLoweringsAreAnErrorListingEachAndHowToAskForIt() {
        Compilation compilation = bind("@Export(\"Both\") void both(byte[] a, byte[] b)");

        assertErrors(compilation, at(4, Messages.ambiguousLowering("void both(byte[] a, byte[] b)", "Both",
                "transports.wasm", "(i32, i32, i32, i32, i32) -> nil", List.of(
                        "`a` as (ptr, len, cap), `b` as (ptr, len)",
                        "`a` as (ptr, len), `b` as (ptr, len, cap)"))));
        assertThat(Messages.ambiguousLowering("void both(byte[] a, byte[] b)", "Both", "m.wasm",
                "(i32, i32, i32, i32, i32) -> nil", List.of("`a` as (ptr, len, cap), `b` as (ptr, len)",
                        "`a` as (ptr, len), `b` as (ptr, len, cap)")).text())
                .isEqualTo("`void both(byte[] a, byte[] b)` binds `Both`, whose type (i32, i32, i32, i32, i32) -> nil "
                        + "in m.wasm fits 2 lowerings of its parameters and result: 1) `a` as (ptr, len, cap), `b` "
                        + "as (ptr, len); 2) `a` as (ptr, len), `b` as (ptr, len, cap): say which the guest means "
                        + "with @PtrLen on the parameters passed as (ptr, len), and @PackedResult on a result "
                        + "returned packed as ptr << 32 | len");
    }

    @Test
    void theErrorNamesOnlyTheValuesTheDeclarationLeftOpen() {
        Compilation compilation = bind("@Export(\"Slices\") void slices(byte[] a, byte[] b, int n)");

        assertErrors(compilation, at(4, Messages.ambiguousLowering("void slices(byte[] a, byte[] b, int n)",
                "Slices", "transports.wasm", "(i32, i32, i32, i32, i32, i32) -> nil", List.of(
                        "`a` as (ptr, len, cap), `b` as (ptr, len)",
                        "`a` as (ptr, len), `b` as (ptr, len, cap)"))));
    }

    @Test
    void annotationsSettleWhatTheTypeCannot() {
        Compilation compilation = bind("@Export(\"Both\") void both(@PtrLen byte[] a, byte[] b)");

        assertErrors(compilation);
    }

    @Test
    void noFittingLoweringLeavesTheDeclarationToTheLinkCheck() {
        Compilation compilation = bind("@Export(\"Digest\") long digest(byte[] a, byte[] b)");

        ExportSpec declared = new ExportSpec("Digest", "long digest(byte[] a, byte[] b)", WasmSignature.builder()
                .i32("a.ptr").i32("a.len").i32("a.cap").i32("b.ptr").i32("b.len").i32("b.cap").returns(ValType.I64),
                Allocator.ALLOCATE_AND_FREE_RESULT);
        assertErrors(compilation, at(4, LinkMessages.exportTypeMismatch(declared, "transports.wasm",
                FunctionType.of(Collections.nCopies(2, ValType.I32), List.of(ValType.I64)))));
    }

    /** {@code count} byte[] parameters named a, b, c, ..., each with {@code annotation} before it. */
    private static String slices(int count, String annotation) {
        return IntStream.range(0, count)
                .mapToObj(i -> annotation + "byte[] " + (char) ('a' + i))
                .collect(Collectors.joining(", "));
    }

    @Test
    void aMethodWithAsManyLoweringsAsAreTriedIsInferred() throws IOException {
        Compilation compilation = bind("@Export(\"Ten\") void ten(" + slices(10, "") + ")");

        assertErrors(compilation);
        assertThat(generated(compilation)).contains("\"void ten(" + slices(10, "@PtrLen ") + ")\"");
    }

    @Test
    void aMethodWithMoreLoweringsThanAreTriedIsLeftAsDeclared() {
        Compilation compilation = bind("@Export(\"Eleven\") void eleven(" + slices(11, "") + ")");

        // 2^11 ways to pass eleven slices: the declaration's (ptr, len, cap) stays, and the link check says so
        assertThat(describeAll(Compilations.errors(compilation))).singleElement().asString()
                .startsWith("4: [wasmbind:export-type-mismatch] `Eleven` has type");
    }

    @Test
    void anExplicitLoweringIsKeptEvenWhereAnotherWouldFit() {
        Compilation compilation = bind("@Export(\"Slices\") void slices(@PtrLen byte[] a, byte[] b)");

        // (ptr, len) + (ptr, len, cap) is five i32, the export takes six: the declaration wins, and is wrong
        assertThat(describeAll(Compilations.errors(compilation))).singleElement().asString()
                .startsWith("4: [wasmbind:export-type-mismatch] `Slices` has type");
    }

    @Test
    void ptrLenOnAScalarIsAnError() {
        Compilation compilation = bind("@Export(\"Digest\") long digest(@PtrLen int data)");

        assertErrors(compilation, at(4, Messages.ptrLenWrongType("int")));
    }
}
