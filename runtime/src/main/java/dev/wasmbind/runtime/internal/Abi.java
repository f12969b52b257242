package dev.wasmbind.runtime.internal;

import com.dylibso.chicory.wasm.types.Value;

/**
 * Conversions between Java scalars and the {@code long} slots Chicory passes wasm values in, the way TinyGo's
 * export ABI (the wasm32 C ABI) extends small integers.
 */
public final class Abi {
    private static final long U32_MAX = 0xFFFF_FFFFL;

    private Abi() {}

    public static long bool(boolean value) {
        return value ? 1 : 0;
    }

    /** Go {@code uint8}: the caller zero-extends, so {@code (byte) 0xFF} arrives as 255. */
    public static long u8(byte value) {
        return Byte.toUnsignedInt(value);
    }

    /** Go {@code uint16}. */
    public static long u16(short value) {
        return Short.toUnsignedInt(value);
    }

    /** Go {@code uint16} from a Java {@code char}, which is already unsigned. */
    public static long u16(char value) {
        return value;
    }

    /** Go {@code uint32} held in a Java {@code long}: only 0 to 4294967295 fit. */
    public static long u32(long value) {
        if (value < 0 || value > U32_MAX) {
            throw new IllegalArgumentException("value " + value + " does not fit a Go uint32 (0 to " + U32_MAX + ")");
        }
        return (int) value;
    }

    public static long f32(float value) {
        return Value.floatToLong(value);
    }

    public static long f64(double value) {
        return Value.doubleToLong(value);
    }

    /** Go {@code bool} results: any non-zero value is true, as in C. */
    public static boolean toBool(int value) {
        return value != 0;
    }

    /** A Go {@code uint32} result widened to {@code long}. */
    public static long toU32(int value) {
        return Integer.toUnsignedLong(value);
    }

    public static float toF32(long slot) {
        return Value.longToFloat(slot);
    }

    public static double toF64(long slot) {
        return Value.longToDouble(slot);
    }
}
