package dev.wasmbind.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.wasm.Parser;
import dev.wasmbind.runtime.WasmBindException;
import org.junit.jupiter.api.Test;

/**
 * A host function reads the slices the guest passes as {@code (ptr, len, cap)}, element type by element type, and
 * hands String and byte[] results to the guest in memory from the guest's allocator.
 */
class HostCallTest {
    private static final int AT = 2048;

    private final Instance instance =
            Instance.builder(Parser.parse(GuestTest.resource("allocator.wasm"))).build();

    private HostCall sliceOf(byte[] elements, int length) {
        instance.memory().write(AT, elements);
        // slot 0 is another argument; the slice starts at slot 1
        return new HostCall(instance, new long[] {7, AT, length, length}, null);
    }

    @Test
    void readsIntsAndLongs() {
        int[] ints = {1, -2, Integer.MIN_VALUE};
        assertThat(sliceOf(GuestMemory.encode(ints), 3).ints(1)).containsExactly(ints);
        long[] longs = {Long.MAX_VALUE, -3};
        assertThat(sliceOf(GuestMemory.encode(longs), 2).longs(1)).containsExactly(longs);
    }

    @Test
    void readsFloatsAndDoubles() {
        float[] floats = {1.5f, Float.NEGATIVE_INFINITY};
        assertThat(sliceOf(GuestMemory.encode(floats), 2).floats(1)).containsExactly(floats);
        double[] doubles = {-0.25, Double.MIN_VALUE, 3};
        assertThat(sliceOf(GuestMemory.encode(doubles), 3).doubles(1)).containsExactly(doubles);
    }

    @Test
    void readsEachScalarSlotAsTheGuestLoweredIt() {
        HostCall call = new HostCall(instance,
                new long[] {Long.MIN_VALUE, Abi.f64(-2.5), 0, 1, Abi.f32(0.5f), -1}, null);

        assertThat(call.i64(0)).isEqualTo(Long.MIN_VALUE);
        assertThat(call.f64(1)).isEqualTo(-2.5);
        assertThat(call.bool(2)).isFalse();
        assertThat(call.bool(3)).isTrue();
        assertThat(call.f32(4)).isEqualTo(0.5f);
        assertThat(call.i32(5)).isEqualTo(-1);
        assertThat(call.u32(5)).isEqualTo(0xFFFF_FFFFL);
    }

    private HostCall handingResultsWith(String allocator) {
        return new HostCall(instance, new long[0], allocator);
    }

    private long live() {
        return instance.export("live").apply()[0];
    }

    @Test
    void handsAStringToTheGuestInMemoryFromItsAllocatorPackedAsPointerAndLength() {
        long before = live();
        long packed = handingResultsWith("malloc").stringToGuest("grüße");

        GuestBuffer region = GuestMemory.unpack(packed);
        assertThat(region.length()).isEqualTo(7);
        assertThat(region.address()).isNotZero();
        assertThat(instance.memory().readString(region.address(), region.length())).isEqualTo("grüße");
        // the guest owns it now: nothing frees it
        assertThat(live()).isEqualTo(before + 1);
    }

    @Test
    void handsResultsOverPackedLengthHighWhenDeclared() {
        HostCall call = handingResultsWith("malloc");

        GuestBuffer text = GuestMemory.unpackLengthHigh(call.stringToGuestLengthHigh("grüße"));
        GuestBuffer bytes = GuestMemory.unpackLengthHigh(call.bytesToGuestLengthHigh(new byte[] {1, 2, 3}));

        assertThat(instance.memory().readString(text.address(), text.length())).isEqualTo("grüße");
        assertThat(instance.memory().readBytes(bytes.address(), bytes.length())).containsExactly(1, 2, 3);
        assertThat(call.stringToGuestLengthHigh("")).isZero();
    }

    @Test
    void handsBytesOverAndAnEmptyValueAsZeroWithoutAllocating() {
        HostCall call = handingResultsWith("malloc");
        long before = live();
        byte[] bytes = {0, (byte) 0xFF, 0x7F, (byte) 0x80};

        GuestBuffer region = GuestMemory.unpack(call.bytesToGuest(bytes));
        assertThat(instance.memory().readBytes(region.address(), region.length())).containsExactly(bytes);
        assertThat(call.bytesToGuest(new byte[0])).isZero();
        assertThat(call.stringToGuest("")).isZero();
        assertThat(live()).isEqualTo(before + 1);
    }

    @Test
    void refusesANullResultAndAnAllocatorThatIsOutOfMemory() {
        assertThatThrownBy(() -> handingResultsWith("malloc").stringToGuest(null))
                .isInstanceOf(WasmBindException.class)
                .hasMessage("the host function returned null, but the guest takes a Go string or slice, which has no "
                        + "null: return an empty value instead");
        // allocator.wat's malloc refuses 60000 bytes or more, as a C malloc that cannot grow memory would
        assertThatThrownBy(() -> handingResultsWith("malloc").bytesToGuest(new byte[60_000]))
                .isInstanceOf(WasmBindException.class)
                .hasMessage("the guest's malloc(60000) returned 0: it is out of memory");
    }
}
