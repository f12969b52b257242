package dev.wasmbind.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SlicesTest {
    private final SlicesWasm guest = SlicesWasm.load();

    @AfterEach
    void close() {
        guest.close();
    }

    @Test
    void passesBytesWithLengthAndCapacity() {
        byte[] bytes = {(byte) 0xFF, 0, 0x7F, (byte) 0x80};

        assertThat(guest.echoBytes(bytes)).containsExactly(bytes);
        assertThat(guest.sumBytes(bytes)).isEqualTo(0xFF + 0x7F + 0x80);
        assertThat(guest.length(bytes)).isEqualTo(4);
        assertThat(guest.capacity(bytes)).isEqualTo(4);
    }

    @Test
    void handlesEmptySlices() {
        assertThat(guest.echoBytes(new byte[0])).isEmpty();
        assertThat(guest.echoInts(new int[0])).isEmpty();
        assertThat(guest.echoDoubles(new double[0])).isEmpty();
        assertThat(guest.length(new byte[0])).isZero();
        assertThat(guest.makeBytes(0, (byte) 1)).isEmpty();
    }

    @Test
    void passesElementsLittleEndianWithEdgeValues() {
        assertThat(guest.echoInts(new int[] {Integer.MIN_VALUE, -1, 0, Integer.MAX_VALUE}))
                .containsExactly(Integer.MIN_VALUE, -1, 0, Integer.MAX_VALUE);
        assertThat(guest.echoLongs(new long[] {Long.MIN_VALUE, Long.MAX_VALUE}))
                .containsExactly(Long.MIN_VALUE, Long.MAX_VALUE);
        assertThat(guest.echoFloats(new float[] {-0.0f, Float.NaN, Float.MIN_VALUE}))
                .containsExactly(-0.0f, Float.NaN, Float.MIN_VALUE);
        assertThat(guest.echoDoubles(new double[] {-0.0, Double.NaN, Double.MAX_VALUE}))
                .containsExactly(-0.0, Double.NaN, Double.MAX_VALUE);
        assertThat(guest.sumInts(new int[] {Integer.MAX_VALUE, Integer.MAX_VALUE})).isEqualTo(2L * Integer.MAX_VALUE);
    }

    @Test
    void passesMultiMegabyteArrays() {
        byte[] bytes = new byte[8 << 20];
        new Random(42).nextBytes(bytes);
        double[] doubles = new Random(7).doubles(1 << 20).toArray();

        assertThat(guest.echoBytes(bytes)).isEqualTo(bytes);
        assertThat(guest.echoDoubles(doubles)).isEqualTo(doubles);
        assertThat(guest.makeBytes(3 << 20, (byte) 0xFF)).hasSize(3 << 20).containsOnly((byte) 0xFF);
    }

    @Test
    void readsGuestOwnedPackedBytesWithoutFreeing() {
        int before = guest.liveAllocations();

        assertThat(guest.countingBytes(300)).hasSize(300).startsWith((byte) 0, (byte) 1).endsWith((byte) 43);
        assertThat(guest.liveAllocations()).isEqualTo(before);
    }

    @Test
    void freesEveryArgument() {
        int before = guest.liveAllocations();
        for (int i = 0; i < 1_000; i++) {
            guest.echoInts(new int[] {i});
            guest.echoBytes(new byte[] {(byte) i});
        }

        assertThat(guest.liveAllocations()).isEqualTo(before);
    }
}
