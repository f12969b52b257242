package dev.wasmbind.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wasmbind.e2e.Records.Inner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RecordsTest {
    private final RecordsWasm guest = RecordsWasm.load();

    @AfterEach
    void close() {
        guest.close();
    }

    @Test
    void readsSeveralResults() {
        assertThat(guest.divMod(17, 5)).isEqualTo(new Records.DivMod(3, 2));
        assertThat(guest.divMod(Integer.MIN_VALUE, 7)).isEqualTo(new Records.DivMod(Integer.MIN_VALUE / 7, Integer.MIN_VALUE % 7));
    }

    @Test
    void honoursCAlignmentAndPadding() {
        assertThat(guest.padded()).isEqualTo(new Records.Padded(true, 0x0102030405060708L, (byte) -5, 2.5, '\uFFFF'));
    }

    @Test
    void readsStringsAndSlicesInsideRecords() {
        Records.Person person = guest.person("Zoë", 42);

        assertThat(person.name()).isEqualTo("Zoë");
        assertThat(person.age()).isEqualTo(42);
        assertThat(person.adult()).isTrue();
        assertThat(person.id()).isEqualTo((1L << 40) + 42);
        assertThat(person.tag()).containsExactly((byte) 0xFF, 0, 0x7F);
        assertThat(guest.person("", 3).adult()).isFalse();
    }

    @Test
    void readsNestedRecords() {
        assertThat(guest.nested()).isEqualTo(new Records.Nested(7, new Inner(-9, true), 1.5f));
    }

    @Test
    void takesSingleScalarRecordsDirectly() {
        assertThat(guest.wrapped(-3)).isEqualTo(new Records.Wrapped(-3));
    }

    @Test
    void combinesSliceArgumentsWithRecordResults() {
        assertThat(guest.minMax(new double[] {3, -1.5, 8})).isEqualTo(new Records.MinMax(-1.5, 8, 3));
        assertThat(guest.minMax(new double[0])).isEqualTo(new Records.MinMax(0, 0, 0));
    }

    @Test
    void leaksNothing() {
        int before = guest.liveAllocations();
        for (int i = 0; i < 1_000; i++) {
            guest.person("p" + i, i);
            guest.minMax(new double[] {i});
        }

        assertThat(guest.liveAllocations()).isEqualTo(before);
    }
}
