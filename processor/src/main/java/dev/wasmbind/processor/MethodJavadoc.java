package dev.wasmbind.processor;

import com.squareup.javapoet.CodeBlock;
import dev.wasmbind.runtime.internal.ExportSpec;
import java.util.regex.Pattern;

/**
 * The Javadoc of a bound method, so that the IDE shows at the call what the binding does: the guest function it
 * calls, how arguments and result cross into the guest, and who owns the result's memory.
 */
final class MethodJavadoc {
    private static final Pattern SIMPLE_NAME = Pattern.compile("[A-Za-z0-9_.$-]+");

    private MethodJavadoc() {}

    static CodeBlock of(MethodModel model) {
        ExportSpec export = model.export();
        CodeBlock.Builder doc = CodeBlock.builder()
                .add("Calls the guest's export $L, of wasm type\n{@code $L}.\n",
                        code(export.exportName()), export.wasmSignature());
        if (model.decl().copiesArgumentsIn()) {
            doc.add("<p>String and array arguments are copied into guest memory for the call and freed when it\n"
                    + "returns.\n");
        }
        doc.add(model.result().javadoc()).add(model.result().ownershipJavadoc());
        return doc.build();
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
}
