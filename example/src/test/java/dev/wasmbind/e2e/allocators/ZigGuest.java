package dev.wasmbind.e2e.allocators;

import dev.wasmbind.WasmModule;

/** conventions.c with the allocator of Zig: malloc(len) and free(ptr, len), recognised from the module's exports. */
@WasmModule(value = "alloc_zig.wasm", imports = Lookup.class)
public interface ZigGuest extends ConventionsApi {}
