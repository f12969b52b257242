package dev.wasmbind.e2e;

import dev.wasmbind.Export;
import dev.wasmbind.PackedResult;
import dev.wasmbind.Unsigned;
import dev.wasmbind.WasmModule;

@WasmModule("types.wasm")
public interface Slices {
    @Export("EchoBytes")
    byte[] echoBytes(byte[] bytes);

    @Export("SumBytes")
    long sumBytes(byte[] bytes);

    @Export("SliceCap")
    int capacity(byte[] bytes);

    @Export("SliceLen")
    int length(byte[] bytes);

    @Export("EchoInt32s")
    int[] echoInts(int[] values);

    @Export("EchoInt64s")
    long[] echoLongs(long[] values);

    @Export("EchoFloat32s")
    float[] echoFloats(float[] values);

    @Export("EchoFloat64s")
    double[] echoDoubles(double[] values);

    @Export("SumInt32s")
    long sumInts(int[] values);

    @Export("MakeBytes")
    byte[] makeBytes(int count, @Unsigned byte fill);

    /** Guest-owned bytes packed as {@code ptr << 32 | len}: copied, never freed. */
    @Export("BytesPackedGuestOwned")
    @PackedResult
    byte[] countingBytes(int count);

    @Export("LiveAllocations")
    int liveAllocations();
}
