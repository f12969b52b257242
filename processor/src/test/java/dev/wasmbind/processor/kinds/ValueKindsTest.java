package dev.wasmbind.processor.kinds;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How the registered kinds read in signatures. */
class ValueKindsTest {
    @Test
    void namesTheUnsignedReadingsInSignatures() {
        assertThat(PrimitiveKind.UNSIGNED_BYTE.javaName()).isEqualTo("@Unsigned byte");
        assertThat(PrimitiveKind.UNSIGNED_LONG.javaName()).isEqualTo("@Unsigned long");
        assertThat(PrimitiveKind.UNSIGNED_LONG.listedAs()).isEqualTo("long");
        assertThat(SequenceKind.BYTES.javaName()).isEqualTo("byte[]");
    }
}
