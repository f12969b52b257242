package dev.wasmbind.e2e;

import dev.wasmbind.Export;
import dev.wasmbind.Unsigned;
import dev.wasmbind.WasmModule;

/** Every scalar row of the type table, against guest functions whose Go signatures the names spell out. */
@WasmModule("types.wasm")
public interface Scalars {
    @Export("EchoInt32")
    int echoInt32(int value);

    @Export("EchoInt64")
    long echoInt64(long value);

    @Export("EchoFloat32")
    float echoFloat32(float value);

    @Export("EchoFloat64")
    double echoFloat64(double value);

    @Export("Not")
    boolean not(boolean value);

    @Export("EchoBool")
    boolean echoBool(boolean value);

    @Export("EchoInt8")
    byte echoInt8(byte value);

    @Export("EchoUint8")
    @Unsigned
    byte echoUint8(@Unsigned byte value);

    @Export("EchoInt16")
    short echoInt16(short value);

    @Export("EchoUint16")
    char echoUint16(char value);

    @Export("EchoUint32")
    int echoUint32(int value);

    @Export("EchoUint64")
    long echoUint64(long value);

    @Export("Int8ToInt32")
    int int8ToInt32(byte value);

    @Export("Uint8ToInt32")
    int uint8ToInt32(@Unsigned byte value);

    @Export("Int16ToInt32")
    int int16ToInt32(short value);

    @Export("Uint16ToInt32")
    int uint16ToInt32(@Unsigned short value);

    @Export("Uint32ToInt64")
    long uint32ToInt64(@Unsigned long value);

    @Export("BoolToInt32")
    int boolToInt32(boolean value);

    @Export("Int32ToUint8")
    @Unsigned
    byte int32ToUint8(int value);

    @Export("Int32ToInt8")
    byte int32ToInt8(int value);

    @Export("Int32ToUint16")
    char int32ToUint16(int value);

    @Export("Int64ToUint32")
    @Unsigned
    long int64ToUint32(long value);

    @Export("AddFloat64")
    double addFloat64(double a, double b);

    @Export("Mixed")
    double mixed(int a, long b, float c, double d, boolean e);

    @Export("Sum20")
    long sum20(int a1, int a2, int a3, int a4, int a5, int a6, int a7, int a8, int a9, int a10,
               int a11, int a12, int a13, int a14, int a15, int a16, int a17, int a18, int a19, int a20);

    @Export("Increment")
    void increment();

    @Export("Counter")
    int counter();

    @Export("Reset")
    void reset();
}
