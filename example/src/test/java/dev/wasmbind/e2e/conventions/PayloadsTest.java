package dev.wasmbind.e2e.conventions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Raw bytes of every value cross as {@code (ptr, size)} and come back packed, with nothing re-encoded or leaked. */
class PayloadsTest {
    private static byte[] everyByteValue() {
        byte[] bytes = new byte[256];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) i;
        }
        return bytes;
    }

    /** What payloads.c's Transform computes: reversed, each byte XOR 0x5A. */
    private static byte[] transformed(byte[] input) {
        byte[] out = new byte[input.length];
        for (int i = 0; i < input.length; i++) {
            out[i] = (byte) (input[input.length - 1 - i] ^ 0x5A);
        }
        return out;
    }

    @Test
    void everyByteValueCrossesBothWaysAndTheResultIsFreed() {
        try (PayloadsWasm guest = PayloadsWasm.load()) {
            int live = guest.liveAllocations();
            byte[] input = everyByteValue();

            assertThat(guest.transform(input)).containsExactly(transformed(input));
            assertThat(guest.checksum(input)).isEqualTo(255L * 256 / 2);
            assertThat(guest.transform(new byte[0])).isEmpty();
            assertThat(guest.liveAllocations()).isEqualTo(live);
        }
    }

    @Test
    void randomPayloadsOfManySizesComeBackExactly() {
        Random random = new Random(13);
        try (PayloadsWasm guest = PayloadsWasm.load()) {
            for (int size : new int[] {1, 2, 3, 7, 64, 1000, 65_537, 300_000}) {
                byte[] input = new byte[size];
                random.nextBytes(input);
                assertThat(guest.transform(input)).as("%d bytes", size).containsExactly(transformed(input));
            }
        }
    }

    @Test
    void theExplicitDeclarationBindsTheSameWay() {
        try (PayloadsExplicitWasm guest = PayloadsExplicitWasm.load()) {
            byte[] input = everyByteValue();

            assertThat(guest.transform(input)).containsExactly(transformed(input));
            assertThat(guest.checksum(new byte[] {(byte) 0xFF, (byte) 0xFF})).isEqualTo(510);
        }
    }
}
