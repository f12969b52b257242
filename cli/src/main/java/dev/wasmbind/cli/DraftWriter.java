package dev.wasmbind.cli;

import dev.wasmbind.processor.abi.AbiType;
import dev.wasmbind.processor.abi.MethodLowering;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Prints a {@link Draft} as one Java source file. Written by hand rather than with JavaPoet, which can emit no
 * records; names and literals come through {@link JavaText}, so the output is ASCII whatever the
 * module holds, and the same draft always prints the same text.
 */
final class DraftWriter {
    private static final String ANNOTATIONS_PACKAGE = "dev.wasmbind.";
    private static final String INDENT = "    ";
    private static final int WIDTH = 116;

    private final Draft draft;
    private final StringBuilder out = new StringBuilder();

    private DraftWriter(Draft draft) {
        this.draft = draft;
    }

    static String write(Draft draft) {
        return new DraftWriter(draft).source();
    }

    private String source() {
        if (!draft.packageName().isEmpty()) {
            out.append("package ").append(draft.packageName()).append(";\n\n");
        }
        imports().forEach(name -> out.append("import ").append(ANNOTATIONS_PACKAGE).append(name).append(";\n"));
        out.append('\n');
        javadoc("", draft.header());
        out.append("@WasmModule(").append(moduleAnnotationValue()).append(")\n");
        out.append("public interface ").append(draft.interfaceName()).append(" {\n");
        List<Runnable> members = new ArrayList<>();
        draft.records().forEach(record -> members.add(() -> record(record)));
        draft.exports().forEach(method -> members.add(() -> method(INDENT, method, "Export")));
        draft.hosts().forEach(host -> members.add(() -> host(host)));
        for (int i = 0; i < members.size(); i++) {
            if (i > 0) {
                out.append('\n');
            }
            members.get(i).run();
        }
        return out.append("}\n").toString();
    }

    private String moduleAnnotationValue() {
        String module = JavaText.literal(draft.moduleFile());
        if (draft.hosts().isEmpty()) {
            return module;
        }
        String hosts = draft.hosts().stream()
                .map(host -> draft.interfaceName() + "." + host.javaName() + ".class")
                .collect(Collectors.joining(", "));
        return "value = " + module + ", imports = " + (draft.hosts().size() == 1 ? hosts : "{" + hosts + "}");
    }

    /** The simple names of the annotations the source uses, sorted. */
    private TreeSet<String> imports() {
        TreeSet<String> names = new TreeSet<>();
        names.add("WasmModule");
        List<Draft.Method> imported = draft.hosts().stream().flatMap(host -> host.imports().stream()).toList();
        if (!draft.exports().isEmpty()) {
            names.add("Export");
        }
        if (!draft.hosts().isEmpty()) {
            names.add("HostModule");
        }
        if (imported.stream().anyMatch(Draft.Method::nameAnnotated)) {
            names.add("Import");
        }
        if (draft.exports().stream().anyMatch(Draft.Method::hostFrees)) {
            names.add("HostFrees");
        }
        if (draft.exports().stream().anyMatch(Draft.Method::packedResult)) {
            names.add("PackedResult");
        }
        Stream<AbiType> values = Stream.of(
                draft.records().stream().flatMap(record -> record.components().stream().map(AbiType.Component::type)),
                Stream.concat(draft.exports().stream(), imported.stream()).flatMap(DraftWriter::values))
                .flatMap(s -> s);
        if (values.anyMatch(value -> value.javaName().startsWith("@Unsigned"))) {
            names.add("Unsigned");
        }
        return names;
    }

    private static Stream<AbiType> values(Draft.Method method) {
        return Stream.concat(method.params().stream().map(MethodLowering.Param::type), method.result().stream());
    }

    private void record(AbiType record) {
        out.append(INDENT).append("record ").append(record.javaName())
                .append(record.components().stream()
                        .map(component -> component.type().javaName() + " " + component.name())
                        .collect(Collectors.joining(", ", "(", ")")))
                .append(" {}\n");
    }

    private void method(String indent, Draft.Method method, String nameAnnotation) {
        javadoc(indent, method.comments());
        if (method.nameAnnotated()) {
            out.append(indent).append('@').append(nameAnnotation).append('(')
                    .append(JavaText.literal(method.wasmName())).append(")\n");
        }
        if (method.packedResult()) {
            out.append(indent).append("@PackedResult\n");
        }
        if (method.hostFrees()) {
            out.append(indent).append("@HostFrees\n");
        }
        StringBuilder line = new StringBuilder(indent)
                .append(method.result().map(AbiType::javaName).orElse("void")).append(' ')
                .append(method.javaName()).append('(');
        String continuation = indent + INDENT + INDENT;
        List<MethodLowering.Param> params = method.params();
        for (int i = 0; i < params.size(); i++) {
            String param = params.get(i).type().javaName() + " " + params.get(i).name()
                    + (i < params.size() - 1 ? "," : ");");
            if (i > 0 && line.length() + 1 + param.length() > WIDTH) {
                out.append(line).append('\n');
                line = new StringBuilder(continuation).append(param);
            } else {
                line.append(i > 0 ? " " : "").append(param);
            }
        }
        out.append(line).append(params.isEmpty() ? ");" : "").append('\n');
    }

    private void host(Draft.Host host) {
        out.append(INDENT).append("@HostModule(").append(JavaText.literal(host.moduleName())).append(")\n");
        out.append(INDENT).append("interface ").append(host.javaName()).append(" {\n");
        for (int i = 0; i < host.imports().size(); i++) {
            if (i > 0) {
                out.append('\n');
            }
            method(INDENT + INDENT, host.imports().get(i), "Import");
        }
        out.append(INDENT).append("}\n");
    }

    /**
     * The texts as a Javadoc comment, one paragraph each, wrapped at spaces to fit the width but not inside a
     * `quoted` span, which becomes {@code {@code ...}}.
     */
    private void javadoc(String indent, List<String> texts) {
        if (texts.isEmpty()) {
            return;
        }
        String prefix = indent + " * ";
        out.append(indent).append("/**\n");
        for (int i = 0; i < texts.size(); i++) {
            StringBuilder line = new StringBuilder(prefix).append(i > 0 ? "<p>" : "");
            int start = line.length();
            for (String word : unbreakable(JavaText.comment(texts.get(i)))) {
                String text = javadocText(word);
                if (line.length() > start && line.length() + 1 + text.length() > WIDTH) {
                    out.append(line).append('\n');
                    line = new StringBuilder(prefix);
                    start = line.length();
                }
                if (line.length() > start) {
                    line.append(' ');
                }
                line.append(text);
            }
            out.append(line).append('\n');
        }
        out.append(indent).append(" */\n");
    }

    /**
     * A word in Javadoc: `quoted` spans as {@code {@code ...}} (an empty one, an empty name, as {@code ""}), the
     * rest with the characters HTML and Javadoc read escaped. A span that {@code {@code}} cannot hold (unbalanced braces, or the end of the comment) is escaped too.
     */
    static String javadocText(String word) {
        StringBuilder text = new StringBuilder();
        String[] parts = word.split("`", -1);
        for (int i = 0; i < parts.length; i++) {
            boolean quoted = i % 2 == 1 && i < parts.length - 1;
            if (quoted && parts[i].isEmpty()) {
                text.append("{@code \"\"}");
            } else if (quoted && fitsCodeTag(parts[i])) {
                text.append("{@code ").append(parts[i]).append('}');
            } else {
                text.append(i % 2 == 1 && !quoted ? "`" : "").append(escaped(parts[i]));
            }
        }
        return text.toString();
    }

    private static boolean fitsCodeTag(String code) {
        int depth = 0;
        for (char c : code.toCharArray()) {
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            if (depth < 0) {
                return false;
            }
        }
        return depth == 0 && !code.contains("*/");
    }

    /** HTML's characters as entities; an {@code @} only where Javadoc would read a tag: first in a word, after {. */
    private static String escaped(String text) {
        String html = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("*/", "*&#47;").replace("{@", "{&#64;");
        return html.startsWith("@") ? "&#64;" + html.substring(1) : html;
    }

    /** The text's words, a `quoted` span counting as one word so that a line break never splits code. */
    private static List<String> unbreakable(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean quoted = false;
        for (char c : text.toCharArray()) {
            if (c == ' ' && !quoted) {
                if (word.length() > 0) {
                    words.add(word.toString());
                }
                word.setLength(0);
            } else {
                word.append(c);
                quoted ^= c == '`';
            }
        }
        if (word.length() > 0) {
            words.add(word.toString());
        }
        return words;
    }
}
