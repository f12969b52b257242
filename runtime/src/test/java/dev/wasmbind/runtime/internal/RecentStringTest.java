package dev.wasmbind.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.dylibso.chicory.runtime.ByteArrayMemory;
import com.dylibso.chicory.runtime.Memory;
import com.dylibso.chicory.wasm.types.MemoryLimits;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RecentStringTest {
    private static final int AT = 1024;

    private final Memory memory = new ByteArrayMemory(new MemoryLimits(1, 1));
    private final RecentString recent = new RecentString();

    private String write(int address, String text) {
        memory.write(address, text.getBytes(StandardCharsets.UTF_8));
        return text;
    }

    private String read(int address, String text) {
        return recent.read(memory, address, text.getBytes(StandardCharsets.UTF_8).length);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a", "seven!!", "eight!!!", "Hello from TinyGo 22 B", "ünïcödé, in UTF-8 ✓"})
    void theSameBytesAtTheSamePlaceGiveTheSameString(String text) {
        write(AT, text);
        String first = read(AT, text);

        assertThat(first).isEqualTo(text);
        assertThat(read(AT, text)).isSameAs(first);
    }

    /** A change of any one byte, in the words compared whole, the overlapping last word, or a short string's bytes. */
    @ParameterizedTest
    @ValueSource(ints = {0, 3, 7, 8, 13, 15, 20, 21})
    void aChangedByteGivesAFreshString(int changed) {
        String text = write(AT, "Hello from TinyGo 22 B");
        String first = read(AT, text);
        memory.writeByte(AT + changed, (byte) '#');

        String second = read(AT, text);

        assertThat(second).isNotEqualTo(first).hasSize(text.length()).contains("#");
        assertThat(second.charAt(changed)).isEqualTo('#');
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 3, 6})
    void aChangedByteOfAShortStringGivesAFreshString(int changed) {
        String text = write(AT, "seven!!");
        read(AT, text);
        memory.writeByte(AT + changed, (byte) '#');

        assertThat(read(AT, text).charAt(changed)).isEqualTo('#');
    }

    @Test
    void equalBytesElsewhereAreReadAfresh() {
        String first = read(AT, write(AT, "same text"));
        String second = read(AT + 100, write(AT + 100, "same text"));

        assertThat(second).isEqualTo(first).isNotSameAs(first);
    }

    @Test
    void aDifferentLengthAtTheSamePlaceIsReadAfresh() {
        String text = write(AT, "a longer text");
        read(AT, text);

        assertThat(recent.read(memory, AT, 8)).isEqualTo("a longer");
    }

    @Test
    void longStringsAreNotKept() {
        String text = write(AT, "x".repeat(RecentString.MAX_LENGTH + 1));
        String first = read(AT, text);

        assertThat(read(AT, text)).isEqualTo(first).isNotSameAs(first);
    }

    @Test
    void theLongestKeptStringIsKept() {
        String text = write(AT, "x".repeat(RecentString.MAX_LENGTH));
        String first = read(AT, text);

        assertThat(read(AT, text)).isSameAs(first);
    }

    @Test
    void invalidUtf8DecodesAsReplacementCharactersEachTime() {
        memory.write(AT, new byte[] {'a', (byte) 0xff, 'b'});
        String first = recent.read(memory, AT, 3);

        assertThat(first).isEqualTo("a\uFFFDb");
        assertThat(recent.read(memory, AT, 3)).isSameAs(first);
    }
}
