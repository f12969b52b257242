package dev.wasmbind.processor.kinds;

import static org.assertj.core.api.Assertions.assertThat;

import com.squareup.javapoet.ClassName;
import org.junit.jupiter.api.Test;

/** The registry: what each position accepts, and how the kinds read, in the words of messages and signatures. */
class ValueKindsTest {
    private static final String SCALARS = "boolean, byte, short, char, int, long, float, double";

    @Test
    void listsWhatEachPositionAcceptsInRegistrationOrder() {
        String storedKinds = SCALARS + ", String, byte[], int[], long[], float[], double[]";

        assertThat(ValueKinds.listed(Position.EXPORT_PARAMETER)).isEqualTo(storedKinds);
        assertThat(ValueKinds.listed(Position.HOST_PARAMETER)).isEqualTo(storedKinds + ", GuestBufferWriter");
        assertThat(ValueKinds.listed(Position.EXPORT_RESULT)).isEqualTo(storedKinds);
        assertThat(ValueKinds.listed(Position.RECORD_COMPONENT)).isEqualTo(storedKinds);
        assertThat(ValueKinds.listed(Position.HOST_RESULT)).isEqualTo(SCALARS + ", String, byte[]");
    }

    @Test
    void namesTheUnsignedReadingsInSignatures() {
        assertThat(PrimitiveKind.UNSIGNED_BYTE.javaName()).isEqualTo("@Unsigned byte");
        assertThat(PrimitiveKind.UNSIGNED_LONG.javaName()).isEqualTo("@Unsigned long");
        assertThat(PrimitiveKind.UNSIGNED_LONG.listedAs()).isEqualTo("long");
        assertThat(SequenceKind.BYTES.javaName()).isEqualTo("byte[]");
    }

    @Test
    void printsAsInSignaturesSoThatFailingAssertionsReadWell() {
        assertThat(PrimitiveKind.UNSIGNED_BYTE).hasToString("@Unsigned byte");
        assertThat(SequenceKind.BYTES).hasToString("byte[]");
        assertThat(GuestAllocatedKind.STRING).hasToString("String");
        assertThat(GuestBufferWriterKind.INSTANCE).hasToString("GuestBufferWriter");
        assertThat(HandleKind.of(ClassName.get(Runnable.class))).hasToString("@Handle Runnable");
    }

    @Test
    void equalSequenceKindsHashAlike() {
        ParameterKind ptrLen = SequenceKind.BYTES.asPtrLen().orElseThrow();

        assertThat(ptrLen).isNotEqualTo(SequenceKind.BYTES)
                .isEqualTo(SequenceKind.BYTES.asPtrLen().orElseThrow())
                .hasSameHashCodeAs(SequenceKind.BYTES.asPtrLen().orElseThrow());
    }
}
