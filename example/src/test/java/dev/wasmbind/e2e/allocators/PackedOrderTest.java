package dev.wasmbind.e2e.allocators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wasmbind.runtime.WasmBindException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Guests that pack regions as {@code len << 32 | ptr}: export results, {@code @HostFrees} results freed with the
 * length read in that order, and host-function results the guest unpacks that way. The same API in the default
 * order runs in {@link AllocatorsTest}; {@link LengthHighGuest} runs there too.
 */
class PackedOrderTest {
    private static final LengthHighLookup LOOKUP = key -> "value of " + key;
    /** Where conventions.c's static data starts: wasm-ld's default layout for C puts it at 1024. */
    private static final int STATIC_DATA = 1024;
    /** The true region a wrong-order message quotes as the other reading. */
    private static final Pattern OTHER_READING = Pattern.compile("\\(the (\\d+) bytes at (\\d+)\\)");

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

    @Test
    void aNonEmptyResultReadAsPointerHighFailsBelowTheStaticDataInsteadOfReadingTheWrongBytes() {
        // len << 32 | ptr of "hello" read as ptr << 32 | len: the region of ptr bytes at 5, which fits the 2 pages of
        // memory, so that only the static floor stops it coming back as a wrong value
        try (WrongOrderGuest guest = WrongOrderGuestWasm.load(LOOKUP)) {
            assertThatThrownBy(() -> guest.echo("hello"))
                    .isInstanceOfSatisfying(WasmBindException.class, e -> assertWrongOrder(e, false, 5));
        }
        try (WrongOrderGuest guest = WrongOrderGuestWasm.load(LOOKUP)) {
            // "Hello, hello!"
            assertThatThrownBy(() -> guest.greet("hello"))
                    .isInstanceOfSatisfying(WasmBindException.class, e -> assertWrongOrder(e, false, 13));
        }
        try (LengthHighGuest guest = LengthHighGuestWasm.load(LOOKUP)) {
            int live = guest.liveAllocations();
            assertThat(guest.greet("hello")).isEqualTo("Hello, hello!");
            assertThat(guest.liveAllocations()).isEqualTo(live);
            assertThat(guest.badFrees()).isZero();
        }
    }

    @Test
    void aNonEmptyResultReadAsLengthHighFailsBelowTheStaticDataInsteadOfReadingTheWrongBytes() {
        try (WrongOrderCGuest guest = WrongOrderCGuestWasm.load(key -> "value of " + key)) {
            assertThatThrownBy(() -> guest.echo("hello"))
                    .isInstanceOfSatisfying(WasmBindException.class, e -> assertWrongOrder(e, true, 5));
        }
        try (CGuest guest = CGuestWasm.load(key -> "value of " + key)) {
            assertThat(guest.greet("hello")).isEqualTo("Hello, hello!");
        }
    }

    /** The exact message for a result of {@code length} bytes read in the wrong order, wherever the guest put it. */
    private static void assertWrongOrder(WasmBindException e, boolean readLengthHigh, int length) {
        Matcher other = OTHER_READING.matcher(e.getMessage());
        assertThat(other.find()).as(e.getMessage()).isTrue();
        assertThat(Integer.parseInt(other.group(1))).isEqualTo(length);
        long address = Long.parseLong(other.group(2));
        assertThat(address).isGreaterThanOrEqualTo(STATIC_DATA);
        long packed = readLengthHigh ? address << 32 | length : (long) length << 32 | address;
        assertThat(e).hasMessage("the packed value 0x" + Long.toHexString(packed) + ", read as "
                + (readLengthHigh ? "len << 32 | ptr" : "ptr << 32 | len") + ", is the region of " + address
                + " bytes at " + length + ": a region that starts below the module's static data at " + STATIC_DATA
                + ", where no result lives, is the usual sign that the guest packs it the other way round, "
                + (readLengthHigh ? "ptr << 32 | len" : "len << 32 | ptr") + " (the " + length + " bytes at "
                + address + "); if so, declare @PackedOrder(" + (readLengthHigh ? "POINTER_HIGH" : "LENGTH_HIGH")
                + ") on the method or its interface");
    }
}
