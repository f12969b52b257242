package dev.wasmbind.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AbiTest {
    @Test
    void zeroExtendsUnsignedSmallIntegers() {
        assertThat(Abi.u8((byte) 0xFF)).isEqualTo(255);
        assertThat(Abi.u16((short) -1)).isEqualTo(65535);
        assertThat(Abi.u16('\uFFFF')).isEqualTo(65535);
    }

    @Test
    void passesUint32BitsAndRejectsWhatDoesNotFit() {
        assertThat((int) Abi.u32(0xFFFF_FFFFL)).isEqualTo(-1);
        assertThat(Abi.toU32(-1)).isEqualTo(0xFFFF_FFFFL);
        assertThatThrownBy(() -> Abi.u32(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("value -1 does not fit a Go uint32 (0 to 4294967295)");
        assertThatThrownBy(() -> Abi.u32(0x1_0000_0000L)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keepsFloatBits() {
        assertThat(Float.floatToRawIntBits(Abi.toF32(Abi.f32(-0.0f)))).isEqualTo(Float.floatToRawIntBits(-0.0f));
        assertThat(Abi.toF64(Abi.f64(Double.NaN))).isNaN();
        assertThat(Abi.toF64(Abi.f64(Double.MIN_VALUE))).isEqualTo(Double.MIN_VALUE);
    }

    @Test
    void treatsAnyNonZeroAsTrue() {
        assertThat(Abi.toBool(2)).isTrue();
        assertThat(Abi.toBool(0)).isFalse();
        assertThat(Abi.bool(true)).isEqualTo(1);
    }
}
