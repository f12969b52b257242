package dev.wasmbind.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every variant the benchmarks compare computes what the plain Java one does, so no variant measures a shortcut. */
class VariantsAgreeTest {
    private final Bench expected = Variants.open(Variants.PLAIN_JAVA);
    private Bench actual;

    static Stream<String> wasmVariants() {
        return Stream.of(Variants.BINDING, Variants.HAND_WRITTEN, Variants.NAIVE);
    }

    @AfterEach
    void close() throws Exception {
        Variants.close(actual);
    }

    @ParameterizedTest
    @MethodSource("wasmVariants")
    void scalarResults(String variant) {
        actual = Variants.open(variant);
        actual.empty();
        assertThat(actual.add(20, 22)).isEqualTo(42);
        assertThat(actual.callHost(7)).isEqualTo(expected.callHost(7)).isEqualTo(15);
    }

    @ParameterizedTest
    @MethodSource("wasmVariants")
    void resultsThroughTheReturnArea(String variant) {
        actual = Variants.open(variant);
        assertThat(actual.returnString()).isEqualTo(expected.returnString()).hasSize(22);
        assertThat(actual.summarize(1000)).isEqualTo(expected.summarize(1000));
        assertThat(actual.digest()).isEqualTo(expected.digest()).hasSize(32);
    }

    @ParameterizedTest
    @MethodSource("wasmVariants")
    void textsOfEverySize(String variant) {
        actual = Variants.open(variant);
        for (int size : new int[] {0, 16, 1024, 1 << 20}) {
            String text = Texts.ascii(size);
            assertThat(actual.echo(text)).isEqualTo(text);
            assertThat(actual.countVowels(text)).isEqualTo(expected.countVowels(text));
        }
        assertThat(actual.countVowels(Texts.ascii(1 << 20))).isGreaterThan(250_000);
    }
}
