package dev.wasmbind.runtime.internal;

import java.util.ArrayList;
import java.util.List;

/** Picking some of a list's items, for the checks that try which of a declaration's values a module passes otherwise. */
public final class Combinations {
    private Combinations() {}

    /** The ways to pick {@code count} of the items, each in the items' order, in the items' order. */
    public static <T> List<List<T>> choose(List<T> items, int count) {
        if (count == 0) {
            return List.of(List.of());
        }
        List<List<T>> choices = new ArrayList<>();
        for (int i = 0; i + count <= items.size(); i++) {
            for (List<T> rest : choose(items.subList(i + 1, items.size()), count - 1)) {
                List<T> choice = new ArrayList<>();
                choice.add(items.get(i));
                choice.addAll(rest);
                choices.add(choice);
            }
        }
        return choices;
    }

    /** How many ways {@link #choose} finds, or a number above {@code limit} as soon as there are more. */
    public static long count(int items, int count, long limit) {
        long result = 1;
        for (int i = 1; i <= count; i++) {
            // exact at every step: a product of i consecutive numbers divides by i!
            result = result * (items - count + i) / i;
            if (result > limit) {
                return result;
            }
        }
        return result;
    }
}
