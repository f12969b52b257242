package dev.wasmbind.benchmarks;

/** Deterministic benchmark inputs. */
final class Texts {
    private static final String SENTENCE = "The quick brown fox jumps over the lazy dog. ";

    private Texts() {}

    /** {@code size} bytes (and characters) of English text: a sentence repeated and cut. */
    static String ascii(int size) {
        return SENTENCE.repeat(size / SENTENCE.length() + 1).substring(0, size);
    }
}
