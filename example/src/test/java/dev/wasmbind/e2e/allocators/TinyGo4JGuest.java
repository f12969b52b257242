package dev.wasmbind.e2e.allocators;

import dev.wasmbind.WasmModule;

/** conventions.c with the allocator of TinyGo4J: wasm_malloc(size) and wasm_free(ptr), recognised from the module's exports. */
@WasmModule(value = "alloc_tinygo4j.wasm", imports = Lookup.class)
public interface TinyGo4JGuest extends ConventionsApi {}
