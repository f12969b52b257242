package dev.wasmbind.runtime.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * Rust's legacy symbol mangling undone, for the function names a guest's stack trace shows:
 * {@code _ZN4core9panicking5panic17h0123456789abcdefE} reads {@code core::panicking::panic}. The linker often
 * demangles names itself but leaves the hash as a last path segment ({@code core::panicking::panic::h0123…}),
 * which goes too. Any other name, C++'s included, is kept as it is.
 */
final class RustSymbols {
    private static final String PREFIX = "_ZN";
    private static final char END = 'E';
    private static final String SEPARATOR = "::";
    /** The hash rustc appends as the last segment: {@code h} and 16 lower-case hex digits. */
    private static final int HASH_LENGTH = 17;
    /** More digits than a segment's length in any symbol: a bound, so that the length cannot overflow. */
    private static final int MAX_LENGTH_DIGITS = 6;
    /** {@code u} and the six hex digits of the largest code point. */
    private static final int MAX_UNICODE_ESCAPE = 7;

    private RustSymbols() {}

    /** The name as a Rust programmer writes it, or {@code name} itself when it is no Rust symbol. */
    static String demangle(String name) {
        if (name.startsWith(PREFIX)) {
            String path = legacyPath(name);
            return path != null ? path : name;
        }
        int last = name.lastIndexOf(SEPARATOR);
        if (last > 0 && isHash(name.substring(last + SEPARATOR.length()))) {
            return name.substring(0, last);
        }
        return name;
    }

    /**
     * {@code _ZN} followed by length-prefixed segments and {@code E}, and nothing after: the segments joined by
     * {@code ::} without the trailing hash, or {@code null} when the name has another shape.
     */
    private static String legacyPath(String name) {
        List<String> segments = new ArrayList<>();
        int at = PREFIX.length();
        while (at < name.length() && name.charAt(at) != END) {
            int digits = at;
            while (at < name.length() && at - digits < MAX_LENGTH_DIGITS && Character.isDigit(name.charAt(at))) {
                at++;
            }
            int length = at == digits ? 0 : Integer.parseInt(name, digits, at, 10);
            // the segment leaves room for the closing E
            if (length == 0 || length > name.length() - at - 1) {
                return null;
            }
            segments.add(name.substring(at, at + length));
            at += length;
        }
        if (segments.isEmpty() || at != name.length() - 1) {
            return null;
        }
        if (segments.size() > 1 && isHash(segments.get(segments.size() - 1))) {
            segments.remove(segments.size() - 1);
        }
        StringJoiner path = new StringJoiner(SEPARATOR);
        segments.forEach(segment -> path.add(unescape(segment)));
        return path.toString();
    }

    private static boolean isHash(String segment) {
        if (segment.length() != HASH_LENGTH || segment.charAt(0) != 'h') {
            return false;
        }
        for (int i = 1; i < HASH_LENGTH; i++) {
            char c = segment.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }

    /**
     * A segment with rustc's escapes replaced: {@code $LT$} is {@code <}, {@code $u7e$} is {@code ~}, {@code ..}
     * is {@code ::}, and a leading {@code _$} is {@code $}. An escape it does not know ends the decoding, and the
     * rest is kept as it is.
     */
    private static String unescape(String segment) {
        String rest = segment.startsWith("_$") ? segment.substring(1) : segment;
        StringBuilder out = new StringBuilder(rest.length());
        int at = 0;
        while (at < rest.length()) {
            char c = rest.charAt(at);
            if (c == '.' && at + 1 < rest.length() && rest.charAt(at + 1) == '.') {
                out.append(SEPARATOR);
                at += 2;
            } else if (c == '$') {
                int end = rest.indexOf('$', at + 1);
                String escaped = end == -1 ? null : escape(rest.substring(at + 1, end));
                if (escaped == null) {
                    break;
                }
                out.append(escaped);
                at = end + 1;
            } else {
                out.append(c);
                at++;
            }
        }
        return out.append(rest, at, rest.length()).toString();
    }

    private static String escape(String code) {
        return switch (code) {
            case "SP" -> "@";
            case "BP" -> "*";
            case "RF" -> "&";
            case "LT" -> "<";
            case "GT" -> ">";
            case "LP" -> "(";
            case "RP" -> ")";
            case "C" -> ",";
            default -> unicode(code);
        };
    }

    /** {@code u} and lower-case hex digits: the character with that code, unless it is a control character. */
    private static String unicode(String code) {
        if (!code.startsWith("u") || code.length() > MAX_UNICODE_ESCAPE) {
            return null;
        }
        int value = 0;
        for (int i = 1; i < code.length(); i++) {
            int digit = Character.digit(code.charAt(i), 16);
            if (digit < 0 || Character.isUpperCase(code.charAt(i))) {
                return null;
            }
            value = value * 16 + digit;
        }
        if (!Character.isValidCodePoint(value) || Character.isISOControl(value)) {
            return null;
        }
        return Character.toString(value);
    }
}
