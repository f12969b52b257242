package dev.wasmbind.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StringsTest {
    private final StringsWasm guest = StringsWasm.load();

    @AfterEach
    void close() {
        guest.close();
    }

    @Test
    void roundTripsNonAsciiText() {
        String text = "grüße, 世界 🌍 \u0000 end";

        assertThat(guest.echo(text)).isEqualTo(text);
        assertThat(guest.byteLength(text)).isEqualTo(text.getBytes(StandardCharsets.UTF_8).length);
        assertThat(guest.concat("naïve ", "café")).isEqualTo("naïve café");
    }

    @Test
    void handlesEmptyStringsBothWays() {
        assertThat(guest.echo("")).isEmpty();
        assertThat(guest.byteLength("")).isZero();
        assertThat(guest.firstByte("")).isEqualTo(-1);
        assertThat(guest.empty()).isEmpty();
        assertThat(guest.nullEmpty()).isEmpty();
        assertThat(guest.concat("", "")).isEmpty();
    }

    @Test
    void passesLargeStrings() {
        String large = "ab".repeat(1 << 20);

        assertThat(guest.echo(large)).isEqualTo(large);
        assertThat(guest.repeat("xyz", 100_000)).hasSize(300_000);
    }

    @Test
    void rejectsNullArguments() {
        assertThatThrownBy(() -> guest.echo(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("Go strings and slices have no null");
    }

    @Test
    void neverFreesGuestOwnedResultsAndAlwaysFreesArguments() {
        int before = guest.liveAllocations();
        for (int i = 0; i < 10_000; i++) {
            guest.echo("call " + i);
        }

        assertThat(guest.liveAllocations()).isEqualTo(before);
    }

    @Test
    void freesHostOwnedResults() {
        int before = guest.liveAllocations();
        for (int i = 0; i < 1_000; i++) {
            assertThat(guest.greetingPacked("wazero " + i)).isEqualTo("Hello, wazero " + i + "!");
            assertThat(guest.owned("x" + i)).isEqualTo("owned:x" + i);
        }

        assertThat(guest.liveAllocations()).isEqualTo(before);
    }
}
