package dev.wasmbind.runtime.internal;

import java.nio.charset.StandardCharsets;

/**
 * Encodes strings for the guest. Java's encoder turns an unpaired surrogate into {@code ?}; results coming back
 * decode bad bytes as U+FFFD, so arguments use U+FFFD too, and a string that goes through the guest and back is
 * only ever changed the one way.
 */
public final class Utf8 {
    private static final char REPLACEMENT = '\uFFFD';

    private Utf8() {}

    /** UTF-8, with U+FFFD for every unpaired surrogate. */
    public static byte[] encode(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (Character.isSurrogate(value.charAt(i))) {
                return replaceUnpairedSurrogates(value, i).getBytes(StandardCharsets.UTF_8);
            }
        }
        return value.getBytes(StandardCharsets.UTF_8);
    }

    /** {@code value} with every surrogate from {@code from} on that is not half of a pair replaced by U+FFFD. */
    private static String replaceUnpairedSurrogates(String value, int from) {
        StringBuilder repaired = new StringBuilder(value.length()).append(value, 0, from);
        for (int i = from; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1))) {
                repaired.append(c).append(value.charAt(++i));
            } else {
                repaired.append(Character.isSurrogate(c) ? REPLACEMENT : c);
            }
        }
        return repaired.toString();
    }
}
