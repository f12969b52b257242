package dev.wasmbind.e2e.conventions;

import dev.wasmbind.Export;
import dev.wasmbind.Handle;
import dev.wasmbind.WasmModule;
import dev.wasmbind.e2e.conventions.CounterEnv.Counter;

/** handles.c: Java objects passed to the guest and back as opaque handles, in every position. */
@WasmModule(value = "handles.wasm", imports = CounterEnv.class)
public interface Handles {
    /** A record, passed as a handle like any other object. */
    record Point(int x, int y) {}

    @Export("Pass")
    @Handle
    Object pass(@Handle Object object);

    @Export("PassPoint")
    @Handle
    Point passPoint(@Handle Point point);

    @Export("Raw")
    int raw(@Handle Object object);

    @Export("Forge")
    @Handle
    Counter forge(int raw);

    @Export("Keep")
    void keep(@Handle Counter counter);

    @Export("Kept")
    @Handle
    Counter kept();

    @Export("Release")
    void release(@Handle Object object);

    @Export("CountTo")
    int countTo(String name, int times);

    @Export("IncrementRaw")
    int incrementRaw(int raw);
}
