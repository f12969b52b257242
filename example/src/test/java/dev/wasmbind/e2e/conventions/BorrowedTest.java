package dev.wasmbind.e2e.conventions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Borrowed arguments go into one buffer per instance, with no malloc per call; by default every argument has
 * memory of its own, so a guest that keeps an argument keeps it intact.
 */
class BorrowedTest {
    @Test
    void byDefaultAKeptArgumentStaysIntactWhateverLaterCallsPass() {
        try (KeeperWasm guest = KeeperWasm.load()) {
            guest.keep("first");
            assertThat(guest.prefix("second, longer")).isEqualTo(14);
            assertThat(guest.prefix("third")).isEqualTo(5);

            assertThat(guest.kept()).isEqualTo("first");
        }
    }

    @Test
    void aBorrowedArgumentIsOverwrittenByTheNextCallWhichIsWhyItIsNotTheDefault() {
        try (BorrowingKeeperWasm guest = BorrowingKeeperWasm.load()) {
            guest.keep("first");
            guest.prefix("XXXXX");

            assertThat(guest.kept()).isEqualTo("XXXXX");
        }
    }

    @Test
    void borrowedArgumentsNeedNoMallocOnceTheBufferIsLargeEnough() {
        try (BorrowingKeeperWasm guest = BorrowingKeeperWasm.load()) {
            assertThat(guest.prefix("warm up the buffer with a longer argument")).isEqualTo(41);
            int mallocs = guest.mallocCalls();
            for (int i = 0; i < 100; i++) {
                assertThat(guest.prefix("abc" + i + "x")).isEqualTo(3 + String.valueOf(i).length());
            }
            assertThat(guest.mallocCalls()).isEqualTo(mallocs);
        }
    }

    @Test
    void theBufferGrowsForALargerArgumentAndKeepsGivingTheRightResults() {
        try (BorrowingKeeperWasm guest = BorrowingKeeperWasm.load()) {
            StringBuilder text = new StringBuilder();
            for (int size = 1; size <= 100_000; size *= 3) {
                text.setLength(0);
                text.append("a".repeat(size)).append('x').append("b".repeat(size));
                assertThat(guest.prefix(text.toString())).as("size %d", size).isEqualTo(size);
            }
            assertThat(guest.prefix("")).isZero();
        }
    }

    @Test
    void theDefaultMallocsOncePerCallAndTheInterfaceWideAnnotationNotAtAll() {
        try (KeeperWasm copying = KeeperWasm.load();
                BorrowedEverywhereWasm borrowing = BorrowedEverywhereWasm.load()) {
            copying.prefix("warm");
            borrowing.prefix("warm");
            int copyingMallocs = copying.mallocCalls();
            int borrowingMallocs = borrowing.mallocCalls();
            for (int i = 0; i < 10; i++) {
                copying.prefix("call " + i);
                borrowing.prefix("call " + i);
            }
            assertThat(copying.mallocCalls()).isEqualTo(copyingMallocs + 10);
            assertThat(borrowing.mallocCalls()).isEqualTo(borrowingMallocs);
        }
    }

    @Test
    void aCallCopiesAllItsArgumentsIntoOneBlockOnceItKnowsTheirShape() {
        try (KeeperWasm guest = KeeperWasm.load()) {
            assertThat(guest.join("first", "second")).isEqualTo(22);
            int mallocs = guest.mallocCalls();

            assertThat(guest.join("ab", "cb")).isEqualTo(9);
            assertThat(guest.mallocCalls()).isEqualTo(mallocs + 1);
            // a second argument larger than the block has room for gets a block of its own, and the right result
            assertThat(guest.join("a", "b".repeat(1000) + "a")).isEqualTo(2005);
            assertThat(guest.mallocCalls()).isEqualTo(mallocs + 3);
            assertThat(guest.join("a", "c".repeat(1000))).isEqualTo(2002);
            assertThat(guest.mallocCalls()).isEqualTo(mallocs + 4);
        }
    }
}
