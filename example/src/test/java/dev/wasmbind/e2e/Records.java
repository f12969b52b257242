package dev.wasmbind.e2e;

import dev.wasmbind.Export;
import dev.wasmbind.WasmModule;

/** Go functions with several results, or a struct result: a Java record stands for them. */
@WasmModule("types.wasm")
public interface Records {
    record DivMod(int quotient, int remainder) {}

    /** {@code struct { bool; int64; int8; float64; uint16 }}: padding after every small field. */
    record Padded(boolean flag, long big, byte small, double d, char u) {}

    record Person(String name, int age, boolean adult, long id, byte[] tag) {}

    record Inner(long x, boolean y) {}

    record Nested(int a, Inner inner, float f) {}

    /** One scalar field: the C ABI returns it directly, not through a return area. */
    record Wrapped(int value) {}

    record MinMax(double min, double max, int count) {}

    @Export("DivMod")
    DivMod divMod(int a, int b);

    @Export("Padded")
    Padded padded();

    @Export("Person")
    Person person(String name, int age);

    @Export("Nested")
    Nested nested();

    @Export("Wrapped")
    Wrapped wrapped(int value);

    @Export("MinMax")
    MinMax minMax(double[] values);

    @Export("LiveAllocations")
    int liveAllocations();
}
