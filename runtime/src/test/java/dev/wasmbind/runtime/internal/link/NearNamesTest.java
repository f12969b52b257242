package dev.wasmbind.runtime.internal.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The edit distance and the cut-off of "did you mean" suggestions. */
class NearNamesTest {

    @Test
    void countsInsertionsDeletionsAndSubstitutions() {
        assertThat(NearNames.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(NearNames.distance("Greet", "GreetAll")).isEqualTo(3);
        assertThat(NearNames.distance("GreetAll", "Greet")).isEqualTo(3);
        assertThat(NearNames.distance("", "abc")).isEqualTo(3);
        assertThat(NearNames.distance("abc", "")).isEqualTo(3);
        assertThat(NearNames.distance("same", "same")).isZero();
    }

    @Test
    void suggestsNamesUpToAThirdOfTheWantedLengthAway() {
        // nine letters: three edits are near, four are not
        assertThat(NearNames.nearest("ReadBytes", List.of("ReadBy", "Reads", "ReadBytesAll")))
                .containsExactly("ReadBy", "ReadBytesAll");
    }

    @Test
    void suggestsNamesTwoEditsAwayHoweverShortTheWantedName() {
        assertThat(NearNames.nearest("Ad", List.of("Add", "Adder", "Addr"))).containsExactly("Add", "Addr");
    }

    @Test
    void breaksTiesByExactNameAndKeepsThree() {
        assertThat(NearNames.nearest("greet", List.of("greet", "Greet", "GREET", "treat")))
                .containsExactly("GREET", "Greet", "greet");
    }
}
