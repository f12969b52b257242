package dev.wasmbind.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How a word of a draft's comments reads in Javadoc. */
class DraftWriterTest {

    @Test
    void quotedSpansBecomeCodeTags() {
        assertThat(DraftWriter.javadocText("`ptr`,")).isEqualTo("{@code ptr},");
        assertThat(DraftWriter.javadocText("(`a<b>`)")).isEqualTo("({@code a<b>})");
        assertThat(DraftWriter.javadocText("`{x}`")).isEqualTo("{@code {x}}");
        assertThat(DraftWriter.javadocText("``")).isEqualTo("{@code \"\"}");
    }

    @Test
    void htmlAndTagCharactersOutsideCodeAreEscaped() {
        assertThat(DraftWriter.javadocText("a<<b&c>")).isEqualTo("a&lt;&lt;b&amp;c&gt;");
        assertThat(DraftWriter.javadocText("@HostFrees")).isEqualTo("&#64;HostFrees");
        assertThat(DraftWriter.javadocText("(@HostFrees)")).isEqualTo("(@HostFrees)");
        assertThat(DraftWriter.javadocText("x{@link")).isEqualTo("x{&#64;link");
        assertThat(DraftWriter.javadocText("0.1*/")).isEqualTo("0.1*&#47;");
    }

    /** A span {@code {@code}} cannot hold, and an unclosed backtick, stay text, escaped. */
    @Test
    void spansThatCannotBeCodeStayEscapedText() {
        assertThat(DraftWriter.javadocText("`*/`")).isEqualTo("*&#47;");
        assertThat(DraftWriter.javadocText("`}{`")).isEqualTo("}{");
        assertThat(DraftWriter.javadocText("`{`")).isEqualTo("{");
        assertThat(DraftWriter.javadocText("a`b")).isEqualTo("a`b");
    }
}
