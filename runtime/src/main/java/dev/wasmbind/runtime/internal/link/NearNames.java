package dev.wasmbind.runtime.internal.link;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Finds the names a misspelt one was probably meant to be, for "did you mean" suggestions. */
public final class NearNames {
    private static final int MAX_CANDIDATES = 3;

    private NearNames() {}

    private record Candidate(String name, int distance) {}

    /**
     * The names within edit distance {@code max(2, wanted.length() / 3)} of {@code wanted}, ignoring case (Go
     * exports are capitalised, Java methods are not): at most three, nearest first, ties by name.
     */
    public static List<String> nearest(String wanted, Collection<String> names) {
        int threshold = Math.max(2, wanted.length() / 3);
        return names.stream()
                .map(name -> new Candidate(name, distance(lower(wanted), lower(name))))
                .filter(candidate -> candidate.distance() <= threshold)
                .sorted(Comparator.comparingInt(Candidate::distance)
                        .thenComparing(Candidate::name, String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(Candidate::name))
                .limit(MAX_CANDIDATES)
                .map(Candidate::name)
                .toList();
    }

    /** Levenshtein distance: insertions, deletions and substitutions each cost one. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
