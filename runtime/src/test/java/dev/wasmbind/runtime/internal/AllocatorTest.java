package dev.wasmbind.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AllocatorTest {

    @ParameterizedTest
    @CsvSource({
        "NONE, NONE, NONE", "NONE, ALLOCATE, ALLOCATE", "NONE, FREE_RESULT, FREE_RESULT", "NONE, ALLOCATE_AND_FREE_RESULT, ALLOCATE_AND_FREE_RESULT",
        "ALLOCATE, NONE, ALLOCATE", "ALLOCATE, ALLOCATE, ALLOCATE", "ALLOCATE, FREE_RESULT, ALLOCATE_AND_FREE_RESULT",
        "FREE_RESULT, NONE, FREE_RESULT", "FREE_RESULT, FREE_RESULT, FREE_RESULT", "FREE_RESULT, ALLOCATE, ALLOCATE_AND_FREE_RESULT",
        "ALLOCATE_AND_FREE_RESULT, NONE, ALLOCATE_AND_FREE_RESULT", "ALLOCATE_AND_FREE_RESULT, FREE_RESULT, ALLOCATE_AND_FREE_RESULT"})
    void aCallThatDoesBothNeedsWhatEitherNeeds(Allocator one, Allocator other, Allocator both) {
        assertThat(one.and(other)).isEqualTo(both);
        assertThat(both.allocates()).isEqualTo(one.allocates() || other.allocates());
        assertThat(both.freesResult()).isEqualTo(one.freesResult() || other.freesResult());
    }
}
