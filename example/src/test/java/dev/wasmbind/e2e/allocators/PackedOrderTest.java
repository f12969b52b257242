package dev.wasmbind.e2e.allocators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wasmbind.runtime.WasmBindException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Guests that pack regions as {@code len << 32 | ptr}: export results, {@code @HostFrees} results freed with the
 * length read in that order, and host-function results the guest unpacks that way. The same API in the default
 * order runs in {@link AllocatorsTest}; {@link LengthHighGuest} runs there too.
 */
class PackedOrderTest {
    private static final LengthHighLookup LOOKUP = key -> "value of " + key;

    @Test
    void theOrderDeclaredOnTheMethodsIsHonouredEverywhere() {
        try (MethodOrderGuest guest = MethodOrderGuestWasm.load(key -> "value of " + key)) {
            int live = guest.liveAllocations();

            assertThat(guest.greet("plugin")).isEqualTo("Hello, plugin!");
            assertThat(guest.echo("bytes".getBytes(StandardCharsets.UTF_8))).asString(StandardCharsets.UTF_8)
                    .isEqualTo("bytes");
            assertThat(guest.echo(new byte[0])).isEmpty();
            assertThat(guest.lookupLength("key")).isEqualTo("value of key".length());

            assertThat(guest.liveAllocations()).isEqualTo(live);
            assertThat(guest.badFrees()).isZero();
        }
    }

    @Test
    void aRegionReadInTheWrongOrderFailsWithTheHint() {
        try (WrongOrderGuest guest = WrongOrderGuestWasm.load(LOOKUP)) {
            // len << 32 | ptr of the empty copy is (0, ptr): read as ptr << 32 | len, a length at address 0
            assertThatThrownBy(() -> guest.echo(""))
                    .isInstanceOf(WasmBindException.class)
                    .hasMessageContaining(", read as ptr << 32 | len, is the region of ")
                    .hasMessageContaining("bytes at 0: a length at address 0, where no guest allocates, is the usual "
                            + "sign that the guest packs it the other way round, len << 32 | ptr (the 0 bytes at ")
                    .hasMessageEndingWith("if so, declare @PackedOrder(LENGTH_HIGH) on the method or its interface");
        }
    }
}
