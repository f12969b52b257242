package host;

import dev.wasmbind.GuestAllocator;
import dev.wasmbind.HostModule;
import dev.wasmbind.Import;
import dev.wasmbind.Unsigned;

/** The functions host_imports.wasm imports from module {@code env}: every parameter and result kind. */
@HostModule("env")
public interface Env {
    @Import("log")
    void log(String message);

    /** Import name defaults to the method name. */
    int add(int a, int b);

    @Import("params")
    void everyParameter(boolean flag, byte b, @Unsigned byte ub, short s, @Unsigned short us, char c, int i,
            @Unsigned long u, long l, float f, double d, String text, byte[] bytes, int[] ints, long[] longs,
            float[] floats, double[] doubles);

    boolean flag();

    byte int8();

    @Unsigned
    byte uint8();

    short int16();

    @Unsigned
    short uint16();

    char letter();

    @Unsigned
    long uint32();

    long int64();

    float float32();

    double float64();

    /** Handed to the guest in memory from its {@code wasm_malloc}, packed as {@code ptr << 32 | len}. */
    @GuestAllocator("wasm_malloc")
    String config(String key);

    /** Handed to the guest in memory from its {@code malloc}. */
    byte[] payload();

    /** Not imported: only abstract methods are. */
    default void twice(String message) {
        log(message);
        log(message);
    }
}
