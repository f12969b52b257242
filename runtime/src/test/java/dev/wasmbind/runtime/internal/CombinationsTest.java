package dev.wasmbind.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CombinationsTest {
    @Test
    void choosesEveryPickInOrder() {
        assertThat(Combinations.choose(List.of("a", "b", "c"), 2))
                .containsExactly(List.of("a", "b"), List.of("a", "c"), List.of("b", "c"));
        assertThat(Combinations.choose(List.of("a", "b"), 2)).containsExactly(List.of("a", "b"));
        assertThat(Combinations.choose(List.of("a", "b"), 0)).containsExactly(List.of());
        assertThat(Combinations.choose(List.of("a"), 2)).isEmpty();
    }

    @Test
    void countsThePicksUpToTheLimit() {
        assertThat(Combinations.count(5, 2, 100)).isEqualTo(10);
        assertThat(Combinations.count(12, 6, 1024)).isEqualTo(924);
        assertThat(Combinations.count(4, 0, 1024)).isEqualTo(1);
        // a step that reaches the limit exactly is not beyond it: C(4, 1) = 4 on the way to C(5, 2) = 10
        assertThat(Combinations.count(5, 2, 4)).isEqualTo(10);
        assertThat(Combinations.count(13, 6, 1024)).isGreaterThan(1024);
        // stops at the first step beyond the limit (C(21, 1)), far from C(40, 20)
        assertThat(Combinations.count(40, 20, 10)).isEqualTo(21);
    }
}
