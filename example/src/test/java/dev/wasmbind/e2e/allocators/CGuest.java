package dev.wasmbind.e2e.allocators;

import dev.wasmbind.WasmModule;

/** conventions.c with the allocator of C and TinyGo: malloc(size) and free(ptr), recognised from the module's exports. */
@WasmModule(value = "alloc_c.wasm", imports = Lookup.class)
public interface CGuest extends ConventionsApi {}
