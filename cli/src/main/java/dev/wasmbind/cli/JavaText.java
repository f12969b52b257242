package dev.wasmbind.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * Turns wasm and Go names into Java identifiers, and any text into a string literal or a comment that javac reads
 * back unchanged. Names come from an untrusted module, so nothing of them may end a comment or a literal early.
 */
final class JavaText {
    /**
     * Method names a drafted interface cannot use as they are: those of {@code Object}, and those the generated
     * binding declares itself.
     */
    private static final Set<String> TAKEN_METHOD_NAMES = Set.of("load", "builder", "close", "equals", "hashCode",
            "toString", "getClass", "notify", "notifyAll", "wait", "clone", "finalize");

    private JavaText() {}

    /** {@code return_string} gives {@code ReturnString}; a name that starts with a digit gets {@code prefix}. */
    static String typeName(String name, String prefix) {
        StringBuilder text = new StringBuilder();
        for (String word : words(name)) {
            text.append(Character.toUpperCase(word.charAt(0))).append(word, 1, word.length());
        }
        return startsAsIdentifier(text) ? text.toString() : prefix + text;
    }

    /**
     * {@code ReturnString} gives {@code returnString}, {@code log_bytes} {@code logBytes}, {@code HTTPGet}
     * {@code httpGet}; a keyword or a name the binding needs itself gets a trailing {@code _}.
     */
    static String methodName(String name) {
        String variable = variableName(name);
        return TAKEN_METHOD_NAMES.contains(variable) ? variable + "_" : variable;
    }

    /** Like {@link #methodName} for parameters and record components, which may take any non-keyword name. */
    static String variableName(String name) {
        StringBuilder text = new StringBuilder();
        for (String word : words(name)) {
            text.append(text.length() == 0 ? decapitalize(word) : capitalize(word));
        }
        if (!startsAsIdentifier(text)) {
            text.insert(0, '_');
        }
        String identifier = text.toString();
        return SourceVersion.isKeyword(identifier) ? identifier + "_" : identifier;
    }

    /** A Java string literal of the text, in ASCII: quotes and backslashes escaped, the rest as unicode escapes. */
    static String literal(String text) {
        StringBuilder literal = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> literal.append("\\\"");
                case '\\' -> literal.append("\\\\");
                case '\n' -> literal.append("\\n");
                case '\r' -> literal.append("\\r");
                default -> {
                    if (c >= ' ' && c <= '~') {
                        literal.append(c);
                    } else {
                        literal.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    }
                }
            }
        }
        return literal.append('"').toString();
    }

    /**
     * The text for a {@code //} comment: printable ASCII, other characters as {@code U+XXXX}, and backslashes
     * doubled so that javac reads no unicode escape (which could end the comment) into it.
     */
    static String comment(String text) {
        StringBuilder comment = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '\\') {
                comment.append("\\\\");
            } else if (c >= ' ' && c <= '~') {
                comment.append(c);
            } else {
                comment.append(String.format(Locale.ROOT, "U+%04X", (int) c));
            }
        }
        return comment.toString();
    }

    /** The name's runs of ASCII letters and digits; everything else separates words. */
    private static List<String> words(String name) {
        List<String> words = new ArrayList<>();
        for (String word : name.split("[^A-Za-z0-9]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    /** Lower-cases the leading capitals, keeping the last one when it starts a word: {@code HTTPGet} to httpGet. */
    private static String decapitalize(String word) {
        int upper = 0;
        while (upper < word.length() && Character.isUpperCase(word.charAt(upper))) {
            upper++;
        }
        if (upper > 1 && upper < word.length() && Character.isLowerCase(word.charAt(upper))) {
            upper--;
        }
        return word.substring(0, Math.max(upper, 1)).toLowerCase(Locale.ROOT) + word.substring(Math.max(upper, 1));
    }

    private static String capitalize(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static boolean startsAsIdentifier(CharSequence text) {
        return text.length() > 0 && Character.isJavaIdentifierStart(text.charAt(0));
    }
}
