package dev.wasmbind.e2e.allocators;

import dev.wasmbind.WasmModule;

/** conventions.c with the allocator of Rust: alloc(size) and dealloc(ptr, size), recognised from the module's exports. */
@WasmModule(value = "alloc_rust.wasm", imports = Lookup.class)
public interface RustGuest extends ConventionsApi {}
