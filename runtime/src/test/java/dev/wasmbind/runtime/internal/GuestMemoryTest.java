package dev.wasmbind.runtime.internal;

import dev.wasmbind.runtime.WasmBindException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dylibso.chicory.runtime.ByteArrayMemory;
import com.dylibso.chicory.runtime.Memory;
import com.dylibso.chicory.wasm.types.MemoryLimits;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GuestMemoryTest {
    private final Memory raw = new ByteArrayMemory(new MemoryLimits(1, 1));
    private final GuestMemory memory = new GuestMemory(raw);

    @Test
    void readsStringHeaderLittleEndian() {
        raw.write(16, new byte[] {0x78, 0x56, 0x34, 0x12, 0x05, 0x00, 0x00, 0x00});

        assertThat(memory.bufferAt(16)).isEqualTo(new GuestBuffer(0x12345678, 5));
    }

    @Test
    void decodesUtf8() {
        byte[] text = "grüße, 世界 🌍".getBytes(StandardCharsets.UTF_8);
        raw.write(100, text);

        assertThat(memory.readString(new GuestBuffer(100, text.length))).isEqualTo("grüße, 世界 🌍");
    }

    @Test
    void anInstancesMemoryGivesTheSameStringForTheSameBytesAndAHostCallsReadsAfresh() {
        raw.write(100, "status: ok".getBytes(StandardCharsets.UTF_8));
        GuestBuffer region = new GuestBuffer(100, 10);
        GuestMemory instanceMemory = new GuestMemory(raw, 0);

        assertThat(instanceMemory.readString(region)).isSameAs(instanceMemory.readString(region));
        assertThat(memory.readString(region)).isEqualTo("status: ok").isNotSameAs(memory.readString(region));
    }

    /** Word by word up to {@link GuestMemory#SMALL_CLEAR} bytes, then by {@code Memory.fill}: no byte more or less. */
    @ParameterizedTest
    @ValueSource(ints = {1, 7, 8, 13, 24, GuestMemory.SMALL_CLEAR, GuestMemory.SMALL_CLEAR + 1, 200})
    void clearsExactlyTheBytesAsked(int size) {
        byte[] ones = new byte[size + 2];
        Arrays.fill(ones, (byte) 1);
        raw.write(99, ones);

        memory.clear(100, size);

        assertThat(raw.read(99)).isEqualTo((byte) 1);
        assertThat(raw.readBytes(100, size)).containsOnly(0);
        assertThat(raw.read(100 + size)).isEqualTo((byte) 1);
    }

    @Test
    void readsSliceElementsLittleEndian() {
        raw.write(64, new byte[] {1, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF});

        assertThat(memory.readInts(new GuestBuffer(64, 2))).containsExactly(1, -1);
        assertThat(memory.readLongs(new GuestBuffer(64, 1))).containsExactly(0xFFFF_FFFF_0000_0001L);
    }

    @Test
    void encodesWhatItDecodes() {
        double[] doubles = {-0.0, Double.NaN, Double.MAX_VALUE, 1.5};
        raw.write(8, GuestMemory.encode(doubles));
        float[] floats = {Float.MIN_VALUE, -1.25f};
        raw.write(200, GuestMemory.encode(floats));
        long[] longs = {Long.MIN_VALUE, 42};
        raw.write(300, GuestMemory.encode(longs));

        assertThat(memory.readDoubles(new GuestBuffer(8, 4))).containsExactly(doubles);
        assertThat(memory.readFloats(new GuestBuffer(200, 2))).containsExactly(floats);
        assertThat(memory.readLongs(new GuestBuffer(300, 2))).containsExactly(longs);
        assertThat(raw.readInt(300)).isZero(); // low word of Long.MIN_VALUE comes first
    }

    @Test
    void unpacksAndPacksLengthHigh() {
        assertThat(GuestMemory.unpackLengthHigh(0x0000_000E_0001_0000L)).isEqualTo(new GuestBuffer(0x10000, 14));
        assertThat(GuestMemory.packLengthHigh(0xFFFF_FFF0, 3)).isEqualTo(0x0000_0003_FFFF_FFF0L);
        assertThat(GuestMemory.unpackLengthHigh(GuestMemory.packLengthHigh(0xFFFF_FFF0, 3)))
                .isEqualTo(new GuestBuffer(0xFFFF_FFF0, 3));
    }

    @Test
    void aPackedRegionThatFitsIsTakenAsRead() {
        assertThat(memory.checkPacked(GuestMemory.pack(65_000, 536), false)).isEqualTo(new GuestBuffer(65_000, 536));
        assertThat(memory.checkPacked(GuestMemory.packLengthHigh(65_000, 536), true))
                .isEqualTo(new GuestBuffer(65_000, 536));
        assertThat(memory.checkPacked(0, false)).isEqualTo(GuestBuffer.EMPTY);
    }

    @Test
    void aPackedLengthLargerThanMemoryNamesTheOtherOrder() {
        // 70000 bytes at 4 of a 65536-byte memory
        long packed = GuestMemory.pack(4, 70_000);

        assertThatThrownBy(() -> memory.checkPacked(packed, false))
                .isInstanceOf(WasmBindException.class)
                .hasMessage("the packed value 0x400011170, read as ptr << 32 | len, is the region of 70000 bytes at 4: "
                        + "a length larger than the guest's memory of 65536 bytes is the usual sign that the guest "
                        + "packs it the other way round, len << 32 | ptr (the 4 bytes at 70000); if so, declare "
                        + "@PackedOrder(LENGTH_HIGH) on the method or its interface");
        assertThat(memory.checkPacked(GuestMemory.pack(1, 65_536), false)).isEqualTo(new GuestBuffer(1, 65_536));
        assertThatThrownBy(() -> memory.checkPacked(GuestMemory.pack(1, 65_537), false))
                .hasMessageContaining("a length larger than the guest's memory of 65536 bytes");
    }

    @Test
    void aLengthAtAddressZeroNamesTheOtherOrder() {
        assertThatThrownBy(() -> memory.checkPacked(GuestMemory.pack(1024, 0), true))
                .isInstanceOf(WasmBindException.class)
                .hasMessage("the packed value 0x40000000000, read as len << 32 | ptr, is the region of 1024 bytes at "
                        + "0: a length at address 0, where no guest allocates, is the usual sign that the guest packs "
                        + "it the other way round, ptr << 32 | len (the 0 bytes at 1024); if so, declare "
                        + "@PackedOrder(POINTER_HIGH) on the method or its interface");
    }

    @Test
    void aPackedRegionBelowTheStaticDataNamesTheOtherOrder() {
        GuestMemory withData = new GuestMemory(raw, 1024);

        // "hello" at 1023, packed len << 32 | ptr, read as ptr << 32 | len
        assertThatThrownBy(() -> withData.checkPacked(GuestMemory.packLengthHigh(1023, 5), false))
                .isInstanceOf(WasmBindException.class)
                .hasMessage("the packed value 0x5000003ff, read as ptr << 32 | len, is the region of 1023 bytes at 5: "
                        + "a region that starts below the module's static data at 1024, where no result lives, is the "
                        + "usual sign that the guest packs it the other way round, len << 32 | ptr (the 5 bytes at "
                        + "1023); if so, declare @PackedOrder(LENGTH_HIGH) on the method or its interface");
        assertThatThrownBy(() -> withData.checkPacked(GuestMemory.packLengthHigh(1023, 1), true))
                .hasMessageContaining("region of 1 bytes at 1023: a region that starts below the module's static "
                        + "data at 1024")
                .hasMessageEndingWith("declare @PackedOrder(POINTER_HIGH) on the method or its interface");
        assertThat(withData.checkPacked(GuestMemory.packLengthHigh(1024, 1), true)).isEqualTo(new GuestBuffer(1024, 1));
        assertThat(withData.checkPacked(GuestMemory.pack(1024, 1), false)).isEqualTo(new GuestBuffer(1024, 1));
    }

    @Test
    void anEmptyPackedRegionMayLieBelowTheStaticData() {
        GuestMemory withData = new GuestMemory(raw, 1024);

        assertThat(withData.checkPacked(0, false)).isEqualTo(GuestBuffer.EMPTY);
        assertThat(withData.checkPacked(GuestMemory.pack(1023, 0), false)).isEqualTo(new GuestBuffer(1023, 0));
        assertThat(withData.checkPacked(GuestMemory.packLengthHigh(8, 0), true)).isEqualTo(new GuestBuffer(8, 0));
    }

    @Test
    void aFloorAboveTwoGibibytesComparesUnsigned() {
        GuestMemory highData = new GuestMemory(raw, 0x8000_0000);

        assertThatThrownBy(() -> highData.checkPacked(GuestMemory.pack(0x7FFF_FFFF, 1), false))
                .hasMessageContaining("below the module's static data at 2147483648");
    }

    @Test
    void unpacksPointerAndLength() {
        assertThat(GuestMemory.unpack(0x0001_0000_0000_000EL)).isEqualTo(new GuestBuffer(0x10000, 14));
        assertThat(GuestMemory.unpack(0xFFFF_FFF0_0000_0003L)).isEqualTo(new GuestBuffer(0xFFFF_FFF0, 3));
    }

    @Test
    void readsScalarsAtOffsets() {
        raw.writeByte(0, (byte) 2);
        raw.writeShort(2, (short) -2);
        raw.writeF32(4, 1.5f);
        raw.writeF64(8, -2.25);

        assertThat(memory.readBool(0)).isTrue();
        assertThat(memory.readI16(2)).isEqualTo((short) -2);
        assertThat(memory.readF32(4)).isEqualTo(1.5f);
        assertThat(memory.readF64(8)).isEqualTo(-2.25);
    }

    @Test
    void rejectsRegionsOutsideMemory() {
        assertThatThrownBy(() -> memory.readString(new GuestBuffer(65530, 10)))
                .isInstanceOf(WasmBindException.class)
                .hasMessage("the region of 10 bytes at 65530 lies outside the guest's memory of 65536 bytes");
        assertThatThrownBy(() -> memory.readInts(new GuestBuffer(0, Integer.MAX_VALUE)))
                .isInstanceOf(WasmBindException.class);
        assertThatThrownBy(() -> memory.bufferAt(-4)).isInstanceOf(WasmBindException.class);
    }

    @Test
    void rejectsNegativeLengths() {
        assertThatThrownBy(() -> memory.readBytes(new GuestBuffer(0, -1)))
                .isInstanceOf(WasmBindException.class)
                .hasMessageContaining("negative length -1");
    }
}
