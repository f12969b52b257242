package dev.wasmbind.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wasmbind.runtime.WasmBindException;
import com.dylibso.chicory.runtime.ByteArrayMemory;
import com.dylibso.chicory.runtime.Memory;
import com.dylibso.chicory.wasm.types.MemoryLimits;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every access is checked against the end of memory: a value that ends exactly at the end is still inside, one byte
 * further is our error, not Chicory's.
 */
class GuestMemoryBoundsTest {
    private static final int END = Memory.PAGE_SIZE;

    private final Memory raw = new ByteArrayMemory(new MemoryLimits(1, 1));
    private final GuestMemory memory = new GuestMemory(raw);

    /** Each access, by the number of bytes it touches. */
    static Stream<Arguments> accesses() {
        return Stream.of(
                Arguments.of("readI8", 1, (Access) (m, at) -> m.readI8(at)),
                Arguments.of("readBool", 1, (Access) (m, at) -> m.readBool(at)),
                Arguments.of("readI16", 2, (Access) (m, at) -> m.readI16(at)),
                Arguments.of("readI32", 4, (Access) (m, at) -> m.readI32(at)),
                Arguments.of("readF32", 4, (Access) (m, at) -> m.readF32(at)),
                Arguments.of("readI64", 8, (Access) (m, at) -> m.readI64(at)),
                Arguments.of("readF64", 8, (Access) (m, at) -> m.readF64(at)),
                Arguments.of("bufferAt", 8, (Access) (m, at) -> m.bufferAt(at)),
                Arguments.of("write", 3, (Access) (m, at) -> m.write(at, new byte[] {1, 2, 3})),
                Arguments.of("clear", 8, (Access) (m, at) -> m.clear(at, 8)),
                Arguments.of("readBytes", 5, (Access) (m, at) -> m.readBytes(new GuestBuffer(at, 5))),
                Arguments.of("readString", 5, (Access) (m, at) -> m.readString(new GuestBuffer(at, 5))),
                Arguments.of("readInts", 8, (Access) (m, at) -> m.readInts(new GuestBuffer(at, 2))),
                Arguments.of("readLongs", 16, (Access) (m, at) -> m.readLongs(new GuestBuffer(at, 2))),
                Arguments.of("readFloats", 8, (Access) (m, at) -> m.readFloats(new GuestBuffer(at, 2))),
                Arguments.of("readDoubles", 16, (Access) (m, at) -> m.readDoubles(new GuestBuffer(at, 2))));
    }

    interface Access {
        void accept(GuestMemory memory, int address);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("accesses")
    void reachesTheLastByteOfMemory(String name, int size, Access access) {
        access.accept(memory, END - size);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("accesses")
    void rejectsOneByteBeyondTheEnd(String name, int size, Access access) {
        int address = END - size + 1;

        assertThatThrownBy(() -> access.accept(memory, address))
                .isInstanceOf(WasmBindException.class)
                .hasMessage("the region of " + size + " bytes at " + address
                        + " lies outside the guest's memory of 65536 bytes");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("accesses")
    void treatsAddressesAsUnsigned(String name, int size, Access access) {
        assertThatThrownBy(() -> access.accept(memory, -size))
                .isInstanceOf(WasmBindException.class)
                .hasMessageContaining("bytes at " + Integer.toUnsignedString(-size) + " lies outside");
    }

    @Test
    void readsValuesThatEndAtTheLastByte() {
        raw.write(END - 8, new byte[] {1, 2, 3, 4, 5, 6, 7, (byte) 0x80});

        assertThat(memory.readI8(END - 1)).isEqualTo((byte) 0x80);
        assertThat(memory.readI16(END - 2)).isEqualTo((short) 0x8007);
        assertThat(memory.readI64(END - 8)).isEqualTo(0x8007_0605_0403_0201L);
        assertThat(memory.readBytes(new GuestBuffer(END - 3, 3))).containsExactly(6, 7, 0x80);
    }
}
