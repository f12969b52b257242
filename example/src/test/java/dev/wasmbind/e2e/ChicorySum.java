package dev.wasmbind.e2e;

import dev.wasmbind.Export;
import dev.wasmbind.Unsigned;
import dev.wasmbind.WasmModule;

/** Chicory's TinyGo test module: {@code func add(x, y uint32) uint32}, a command build with {@code _start}. */
@WasmModule(value = "sum.wasm", deferIfMissing = true)
public interface ChicorySum {
    @Export("add")
    @Unsigned
    long add(@Unsigned long x, @Unsigned long y);
}
