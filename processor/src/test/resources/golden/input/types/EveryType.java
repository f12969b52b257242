package types;

import dev.wasmbind.Export;
import dev.wasmbind.HostFrees;
import dev.wasmbind.PackedResult;
import dev.wasmbind.Unsigned;
import dev.wasmbind.WasmModule;

/** One method per lowering shape of every_type.wasm. */
@WasmModule("every_type.wasm")
public interface EveryType {
    record Inner(short s, long l) {}

    /** Every component type, with C padding between them and a nested record. */
    record Mixed(
            boolean flag,
            byte b,
            @Unsigned byte ub,
            short s,
            @Unsigned short us,
            char c,
            int i,
            @Unsigned long u,
            long l,
            float f,
            double d,
            String text,
            byte[] bytes,
            int[] ints,
            long[] longs,
            float[] floats,
            double[] doubles,
            Inner inner) {}

    record Wrapper(int value) {}

    @Export("Scalars")
    int scalars(boolean flag, byte b, short s, char c, int i, @Unsigned long u, long l, float f, double d);

    @Export("Unsigned")
    @Unsigned
    byte unsigned(@Unsigned short value);

    @Export("Bytes")
    byte[] bytes(byte[] values);

    @Export("Ints")
    int[] ints(int[] values);

    @Export("Longs")
    long[] longs(long[] values);

    @Export("Floats")
    float[] floats(float[] values);

    @Export("Doubles")
    @HostFrees
    double[] doubles(double[] values);

    @Export("Record")
    Mixed record(String text);

    @Export("Packed")
    @PackedResult
    @HostFrees
    String packed(String text);

    @Export("Nothing")
    void nothing();

    @Export("Wrapped")
    Wrapper wrapped(int value);
}
