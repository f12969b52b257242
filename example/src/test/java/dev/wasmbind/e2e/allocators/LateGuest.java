package dev.wasmbind.e2e.allocators;

import dev.wasmbind.WasmModule;

/** conventions.c bound to a module that is not there while compiling: its allocator is recognised when it loads. */
@WasmModule(value = "late_conventions.wasm", imports = Lookup.class, deferIfMissing = true)
public interface LateGuest extends ConventionsApi {}
