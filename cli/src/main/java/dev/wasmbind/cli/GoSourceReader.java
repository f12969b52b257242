package dev.wasmbind.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the top-level function declarations of a Go source file and the wasm directives in their doc comments:
 * {@code //export NAME}, {@code //go:wasmexport NAME}, {@code //go:wasmimport MODULE NAME} and the older
 * {@code //go:wasm-module MODULE}. Not a Go parser: it knows comments, literals, brackets and parameter lists, which
 * is all that declarations need; types stay text for {@link dev.wasmbind.processor.abi.GoTypes}.
 */
final class GoSourceReader {
    private static final Pattern EXPORT = Pattern.compile("//export\\s+(\\S+)\\s*");
    private static final Pattern WASM_EXPORT = Pattern.compile("//go:wasmexport\\s+(\\S+)\\s*");
    private static final Pattern WASM_IMPORT = Pattern.compile("//go:wasmimport\\s+(\\S+)\\s+(\\S+)\\s*");
    private static final Pattern WASM_MODULE = Pattern.compile("//go:wasm-module\\s+(\\S+)\\s*");
    private static final Pattern NAMED = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)\\s+(\\S.*)", Pattern.DOTALL);
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    /** Words that start a type, so that {@code chan int} is not read as a parameter {@code chan} of type int. */
    private static final Set<String> TYPE_KEYWORDS = Set.of("chan", "func", "map", "struct", "interface");
    /** TinyGo's module for {@code //export} on a function without body when no {@code //go:wasm-module} says. */
    private static final String DEFAULT_IMPORT_MODULE = "env";

    private final String file;
    private final String text;
    /** The text with comments and literal contents replaced by spaces: brackets in it are real. */
    private final String code;

    private GoSourceReader(String file, String text) {
        this.file = file;
        this.text = text;
        this.code = blankNonCode(text);
    }

    /** Every top-level function of the source (methods and generic functions left out), in source order. */
    static List<GoFunction> read(String file, String text) {
        return new GoSourceReader(file, text).functions();
    }

    private List<GoFunction> functions() {
        List<GoFunction> functions = new ArrayList<>();
        List<String> comment = new ArrayList<>();
        int depth = 0;
        int lineNumber = 0;
        for (int start = 0; start < text.length(); ) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            lineNumber++;
            String line = text.substring(start, end).strip();
            if (depth == 0) {
                if (line.startsWith("//")) {
                    comment.add(line);
                } else {
                    if (line.startsWith("func ") || line.startsWith("func\t")) {
                        function(start, lineNumber, comment).ifPresent(functions::add);
                    }
                    comment.clear();
                }
            }
            for (int i = start; i < end; i++) {
                char c = code.charAt(i);
                depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            }
            start = end + 1;
        }
        return functions;
    }

    /**
     * The function whose {@code func} keyword is at {@code start}; empty for methods, generic functions, and a
     * declaration the text ends in the middle of.
     */
    private Optional<GoFunction> function(int start, int line, List<String> comment) {
        int at = skipSpaces(start + "func".length(), true);
        Matcher name = IDENTIFIER.matcher(code).region(at, code.length());
        if (!name.lookingAt()) {
            return Optional.empty();
        }
        at = skipSpaces(name.end(), true);
        if (at >= code.length() || code.charAt(at) != '(') {
            return Optional.empty();
        }
        int paramsEnd = matching(at);
        if (paramsEnd < 0) {
            return Optional.empty();
        }
        List<GoFunction.Param> params = params(code.substring(at + 1, paramsEnd));
        at = skipSpaces(paramsEnd + 1, false);
        List<GoFunction.Param> results;
        if (at < code.length() && code.charAt(at) == '(') {
            int resultsEnd = matching(at);
            if (resultsEnd < 0) {
                return Optional.empty();
            }
            results = params(code.substring(at + 1, resultsEnd));
            at = resultsEnd + 1;
        } else {
            int typeEnd = resultTypeEnd(at);
            if (typeEnd < 0) {
                return Optional.empty();
            }
            String type = code.substring(at, typeEnd).strip().replaceAll("\\s+", " ");
            results = type.isEmpty() ? List.of() : List.of(new GoFunction.Param("", type));
            at = typeEnd;
        }
        String signature = code.substring(start, at).strip().replaceAll("\\s+", " ");
        at = skipSpaces(at, false);
        Optional<String> body = Optional.empty();
        if (at < code.length() && code.charAt(at) == '{') {
            int bodyEnd = matching(at);
            if (bodyEnd < 0) {
                return Optional.empty();
            }
            body = Optional.of(code.substring(at + 1, bodyEnd));
        }
        return Optional.of(new GoFunction(file, line, name.group(), directive(comment, body.isPresent()), signature,
                params, results, body));
    }

    /** The wasm directive the doc comment gives a function with or without body. */
    private static Optional<GoFunction.Directive> directive(List<String> comment, boolean hasBody) {
        String module = null;
        String moduleLine = null;
        for (String line : comment) {
            Matcher wasmModule = WASM_MODULE.matcher(line);
            if (wasmModule.matches()) {
                module = wasmModule.group(1);
                moduleLine = line;
            }
        }
        for (String line : comment) {
            Matcher m;
            if ((m = WASM_IMPORT.matcher(line)).matches()) {
                return Optional.of(new GoFunction.Import(m.group(1), m.group(2), List.of(line)));
            }
            if ((m = WASM_EXPORT.matcher(line)).matches()) {
                return Optional.of(new GoFunction.Export(m.group(1), List.of(line)));
            }
            if ((m = EXPORT.matcher(line)).matches()) {
                if (hasBody) {
                    return Optional.of(new GoFunction.Export(m.group(1), List.of(line)));
                }
                return Optional.of(module == null
                        ? new GoFunction.Import(DEFAULT_IMPORT_MODULE, m.group(1), List.of(line))
                        : new GoFunction.Import(module, m.group(1), List.of(moduleLine, line)));
            }
        }
        return Optional.empty();
    }

    /**
     * A parameter or result list, comments already blanked: {@code x, y uint32, s string} gives x and y of type
     * uint32 and s of type string; in a list of types only ({@code (int32, error)}) every entry is a type.
     */
    private static List<GoFunction.Param> params(String list) {
        List<String> entries = topLevelEntries(list);
        List<String[]> split = new ArrayList<>();
        boolean named = false;
        for (String entry : entries) {
            Matcher m = NAMED.matcher(entry);
            if (m.matches() && !TYPE_KEYWORDS.contains(m.group(1))) {
                split.add(new String[] {m.group(1), m.group(2).strip()});
                named = true;
            } else {
                split.add(new String[] {null, entry});
            }
        }
        List<GoFunction.Param> params = new ArrayList<>();
        List<String> waitingForType = new ArrayList<>();
        for (String[] entry : split) {
            if (!named) {
                params.add(new GoFunction.Param("", entry[1]));
            } else if (entry[0] == null) {
                waitingForType.add(entry[1]);
            } else {
                waitingForType.forEach(name -> params.add(new GoFunction.Param(name, entry[1])));
                waitingForType.clear();
                params.add(new GoFunction.Param(entry[0], entry[1]));
            }
        }
        // names without any type after them do not occur in valid Go; keep them visible rather than drop them
        waitingForType.forEach(name -> params.add(new GoFunction.Param(name, "")));
        return params;
    }

    /** The comma-separated entries of a list, splitting only outside brackets; blank entries left out. */
    private static List<String> topLevelEntries(String list) {
        List<String> entries = new ArrayList<>();
        int depth = 0;
        int from = 0;
        for (int i = 0; i <= list.length(); i++) {
            char c = i < list.length() ? list.charAt(i) : ',';
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            } else if (c == ',' && depth == 0) {
                String entry = list.substring(from, i).strip().replaceAll("\\s+", " ");
                if (!entry.isEmpty()) {
                    entries.add(entry);
                }
                from = i + 1;
            }
        }
        return entries;
    }

    /**
     * Where an unparenthesised result type ends: at the body's brace or the end of the line; -1 when the text ends
     * inside the braces of {@code struct{...}} or {@code interface{...}}, which belong to the type.
     */
    private int resultTypeEnd(int from) {
        int depth = 0;
        for (int i = from; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '{') {
                String before = code.substring(from, i).strip();
                if (depth == 0 && !before.endsWith("struct") && !before.endsWith("interface")) {
                    return i;
                }
                i = matching(i);
                if (i < 0) {
                    return -1;
                }
            } else if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth--;
            } else if (c == '\n' && depth == 0) {
                return i;
            }
        }
        return code.length();
    }

    /** The index of the bracket closing the one at {@code open}; -1 when the text ends first. */
    private int matching(int open) {
        int depth = 0;
        for (int i = open; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
        }
        return -1;
    }

    private int skipSpaces(int from, boolean newlines) {
        int i = from;
        while (i < code.length() && (code.charAt(i) == ' ' || code.charAt(i) == '\t' || code.charAt(i) == '\r'
                || (newlines && code.charAt(i) == '\n'))) {
            i++;
        }
        return i;
    }

    /**
     * The text with the contents of comments, strings, raw strings and runes replaced by spaces (line breaks kept,
     * so that offsets and line numbers stay), and the quotes kept so that {@code f("(")} still reads as a call.
     */
    static String blankNonCode(String source) {
        StringBuilder out = new StringBuilder(source);
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            int end;
            if (source.startsWith("//", i)) {
                end = source.indexOf('\n', i);
                end = end < 0 ? source.length() : end;
                blank(out, i, end);
            } else if (source.startsWith("/*", i)) {
                end = source.indexOf("*/", i + 2);
                end = end < 0 ? source.length() : end + 2;
                blank(out, i, end);
            } else if (c == '"' || c == '\'' || c == '`') {
                end = literalEnd(source, i);
                blank(out, i + 1, Math.max(i + 1, end - 1));
            } else {
                end = i + 1;
            }
            i = end;
        }
        return out.toString();
    }

    /** The index after the literal that starts with the quote at {@code open}. */
    private static int literalEnd(String source, int open) {
        char quote = source.charAt(open);
        for (int i = open + 1; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '\\' && quote != '`') {
                i++;
            } else if (c == quote || (c == '\n' && quote != '`')) {
                return i + 1;
            }
        }
        return source.length();
    }

    private static void blank(StringBuilder text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) != '\n') {
                text.setCharAt(i, ' ');
            }
        }
    }
}
