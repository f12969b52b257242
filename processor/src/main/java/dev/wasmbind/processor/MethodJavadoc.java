package dev.wasmbind.processor;

import com.squareup.javapoet.CodeBlock;
import dev.wasmbind.processor.kinds.RegionKind;
import dev.wasmbind.processor.model.JavaValue;
import dev.wasmbind.processor.model.MethodDecl;
import dev.wasmbind.processor.model.MethodModel;
import dev.wasmbind.processor.model.ResultShape;
import dev.wasmbind.processor.model.Struct;
import dev.wasmbind.runtime.internal.ExportSpec;
import dev.wasmbind.runtime.internal.WasmSignature;
import java.util.regex.Pattern;

/**
 * The Javadoc of a bound method, so that the IDE shows at the call what the binding does: the guest function it
 * calls, how arguments and result cross into the guest, and who owns the result's memory.
 */
final class MethodJavadoc {
    private static final Pattern SIMPLE_NAME = Pattern.compile("[A-Za-z0-9_.$-]+");

    private MethodJavadoc() {}

    static CodeBlock of(MethodModel model) {
        MethodDecl decl = model.decl();
        ExportSpec export = model.export();
        CodeBlock.Builder doc = CodeBlock.builder()
                .add("Calls the guest's export $L, of wasm type\n{@code $L}.\n",
                        code(export.exportName()), export.wasmSignature());
        if (decl.copiesArgumentsIn()) {
            doc.add("<p>String and array arguments are copied into guest memory for the call and freed when it\n"
                    + "returns.\n");
        }
        ResultShape shape = model.result();
        // a scalar result (ResultShape.Direct) is the function's own result, as its wasm type shows
        if (shape instanceof ResultShape.InReturnArea area) {
            doc.add("<p>The guest writes the result to a return area of $L bytes, passed as the hidden first\n"
                    + "argument {@code $L}.\n", area.size(), WasmSignature.RETURN_POINTER);
        } else if (shape instanceof ResultShape.Packed) {
            doc.add("<p>The guest returns the result's address and length packed in one {@code i64}:\n"
                    + "{@code $L}.\n", decl.lengthHigh() ? "len << 32 | ptr" : "ptr << 32 | len");
        } else if (shape instanceof ResultShape.MultiValue values) {
            doc.add("<p>The guest returns the result as the function's results {@code $L}.\n",
                    values.count() == 2 ? "(ptr, len)" : "(ptr, len, cap)");
        }
        decl.result().ifPresent(result -> doc.add(ownership(decl, result)));
        return doc.build();
    }

    private static String ownership(MethodDecl decl, JavaValue result) {
        if (decl.hostFrees()) {
            return "<p>The result's bytes are the host's ({@code @HostFrees}): the binding copies them out, then\n"
                    + "frees them with the guest's {@code free}.\n";
        }
        if (inGuestMemory(result)) {
            return "<p>The result's bytes stay the guest's: the binding copies them out and never frees them.\n";
        }
        return "";
    }

    /**
     * The export's name as code. The module chose it, so it may hold anything: a name of other characters than
     * those of identifiers is written with each character as an HTML entity, so that none can end the comment
     * ({@code *}{@code /}) or start a unicode escape ({@code \\u}).
     */
    static String code(String name) {
        if (SIMPLE_NAME.matcher(name).matches()) {
            return "{@code " + name + "}";
        }
        StringBuilder text = new StringBuilder("<code>");
        name.codePoints().forEach(c -> text.append("&#").append(c).append(';'));
        return text.append("</code>").toString();
    }

    /** Whether the value, or a component of it, is a region of guest memory: a string or a slice. */
    private static boolean inGuestMemory(JavaValue value) {
        if (value instanceof Struct struct) {
            return struct.components().stream().anyMatch(component -> inGuestMemory(component.value()));
        }
        return value instanceof RegionKind;
    }
}
