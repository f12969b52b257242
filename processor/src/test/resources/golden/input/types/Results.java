package types;

import dev.wasmbind.PackedResult;
import dev.wasmbind.RawImport;
import dev.wasmbind.Unsigned;
import dev.wasmbind.WasmModule;

/** Every result type returned directly, and by the rows every_type.wasm lacks; no module: checked at load time. */
@WasmModule(value = "results.wasm", deferIfMissing = true, rawImports = {
        @RawImport(module = "env", names = {"log", "abort"}),
        @RawImport(module = "http_handler")})
public interface Results {
    record Celsius(double degrees) {}

    record Boxed(Celsius value) {}

    boolean isReady();

    byte signedByte();

    @Unsigned
    byte unsignedByte();

    short signedShort();

    @Unsigned
    short unsignedShort();

    char letter();

    int count();

    @Unsigned
    long size();

    long total();

    float ratio();

    double average();

    Boxed temperature();

    @PackedResult
    byte[] packedBytes(byte[] input, String label, @Unsigned byte flags);

    /** Default methods are not bound. */
    default int twice() {
        return 2 * count();
    }

    /** Nor static methods. */
    static Results load(byte[] module) {
        return ResultsWasm.builder().module(module).build();
    }

    /** Nor redeclared Object methods. */
    @Override
    String toString();

    @Override
    boolean equals(Object other);

    @Override
    int hashCode();
}
