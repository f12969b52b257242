package dev.wasmbind.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.wasm.Parser;
import org.junit.jupiter.api.Test;

/** A host function reads the slices the guest passes as {@code (ptr, len, cap)}, element type by element type. */
class HostCallTest {
    private static final int AT = 2048;

    private final Instance instance =
            Instance.builder(Parser.parse(GuestTest.resource("allocator.wasm"))).build();

    private HostCall sliceOf(byte[] elements, int length) {
        instance.memory().write(AT, elements);
        // slot 0 is another argument; the slice starts at slot 1
        return new HostCall(instance, new long[] {7, AT, length, length});
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
}
