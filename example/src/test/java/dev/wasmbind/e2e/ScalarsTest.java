package dev.wasmbind.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wasmbind.runtime.Engine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ScalarsTest {
    private final ScalarsWasm guest = ScalarsWasm.load();

    @AfterEach
    void close() {
        guest.close();
    }

    @Test
    void passesIntegersWithAllTheirBits() {
        assertThat(guest.echoInt32(Integer.MIN_VALUE)).isEqualTo(Integer.MIN_VALUE);
        assertThat(guest.echoInt64(Long.MAX_VALUE)).isEqualTo(Long.MAX_VALUE);
        assertThat(guest.echoInt64(Long.MIN_VALUE)).isEqualTo(Long.MIN_VALUE);
        assertThat(guest.echoUint32(-1)).isEqualTo(-1);
        assertThat(guest.echoUint64(-1L)).isEqualTo(-1L);
    }

    @Test
    void passesFloatsExactly() {
        assertThat(guest.echoFloat64(Double.NaN)).isNaN();
        assertThat(Double.doubleToRawLongBits(guest.echoFloat64(-0.0))).isEqualTo(Double.doubleToRawLongBits(-0.0));
        assertThat(guest.echoFloat64(Double.MIN_VALUE)).isEqualTo(Double.MIN_VALUE);
        assertThat(guest.echoFloat32(Float.MAX_VALUE)).isEqualTo(Float.MAX_VALUE);
        assertThat(Float.floatToRawIntBits(guest.echoFloat32(-0.0f))).isEqualTo(Float.floatToRawIntBits(-0.0f));
        assertThat(guest.echoFloat32(Float.NaN)).isNaN();
        assertThat(guest.addFloat64(0.1, 0.2)).isEqualTo(0.1 + 0.2);
    }

    @Test
    void passesBooleansAsZeroOrOne() {
        assertThat(guest.not(true)).isFalse();
        assertThat(guest.not(false)).isTrue();
        assertThat(guest.echoBool(true)).isTrue();
        assertThat(guest.boolToInt32(true)).isEqualTo(1);
        assertThat(guest.boolToInt32(false)).isZero();
    }

    @Test
    void extendsSmallIntegersTheWayGoDoes() {
        // the guest trusts its caller to extend (wasm32 C ABI), so these show exactly what the host passed
        assertThat(guest.int8ToInt32((byte) 0xFF)).isEqualTo(-1);
        assertThat(guest.uint8ToInt32((byte) 0xFF)).isEqualTo(255);
        assertThat(guest.int16ToInt32(Short.MIN_VALUE)).isEqualTo(-32768);
        assertThat(guest.uint16ToInt32((short) 0xFFFF)).isEqualTo(65535);
        assertThat(guest.uint32ToInt64(0xFFFF_FFFFL)).isEqualTo(4294967295L);
    }

    @Test
    void truncatesSmallResults() {
        assertThat(guest.int32ToUint8(0x1FF)).isEqualTo((byte) 0xFF);
        assertThat(guest.int32ToInt8(128)).isEqualTo((byte) -128);
        assertThat(guest.int32ToUint16(-1)).isEqualTo('\uFFFF');
        assertThat(guest.int64ToUint32(-1L)).isEqualTo(4294967295L);
        assertThat(guest.echoInt8(Byte.MIN_VALUE)).isEqualTo(Byte.MIN_VALUE);
        assertThat(guest.echoUint8((byte) 0xFF)).isEqualTo((byte) 0xFF);
        assertThat(guest.echoInt16(Short.MAX_VALUE)).isEqualTo(Short.MAX_VALUE);
        assertThat(guest.echoUint16('\uFFFF')).isEqualTo('\uFFFF');
    }

    @Test
    void rejectsLongsThatAreNoUint32() {
        assertThatThrownBy(() -> guest.uint32ToInt64(1L << 32))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("does not fit a Go uint32");
        assertThatThrownBy(() -> guest.uint32ToInt64(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void mixesParameterKinds() {
        assertThat(guest.mixed(1, 1L << 40, 0.5f, 0.25, true)).isEqualTo(1 + (double) (1L << 40) + 0.5 + 0.25 + 1);
        assertThat(guest.sum20(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, Integer.MAX_VALUE))
                .isEqualTo(190L + Integer.MAX_VALUE);
    }

    @Test
    void callsVoidFunctionsWithoutParameters() {
        guest.reset();
        guest.increment();
        guest.increment();

        assertThat(guest.counter()).isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void behavesTheSameOnBothEngines(Engine engine) {
        try (ScalarsWasm other = ScalarsWasm.builder().engine(engine).build()) {
            assertThat(other.echoInt64(Long.MIN_VALUE)).isEqualTo(Long.MIN_VALUE);
            assertThat(other.uint8ToInt32((byte) 0x80)).isEqualTo(128);
            assertThat(other.echoFloat64(-0.0)).isEqualTo(-0.0);
        }
    }
}
