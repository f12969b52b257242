package dev.wasmbind.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AllocatorTest {

    @ParameterizedTest
    @CsvSource({
        "NONE, NONE, NONE", "NONE, MALLOC, MALLOC", "NONE, FREE, FREE", "NONE, MALLOC_AND_FREE, MALLOC_AND_FREE",
        "MALLOC, NONE, MALLOC", "MALLOC, MALLOC, MALLOC", "MALLOC, FREE, MALLOC_AND_FREE",
        "FREE, NONE, FREE", "FREE, FREE, FREE", "FREE, MALLOC, MALLOC_AND_FREE",
        "MALLOC_AND_FREE, NONE, MALLOC_AND_FREE", "MALLOC_AND_FREE, FREE, MALLOC_AND_FREE"})
    void aCallThatDoesBothNeedsWhatEitherNeeds(Allocator one, Allocator other, Allocator both) {
        assertThat(one.and(other)).isEqualTo(both);
        assertThat(both.needsMalloc()).isEqualTo(one.needsMalloc() || other.needsMalloc());
        assertThat(both.needsFree()).isEqualTo(one.needsFree() || other.needsFree());
    }
}
