package dev.wasmbind.e2e.allocators;

import dev.wasmbind.WasmModule;

/** conventions.c with the allocator of Rust: allocate(size) and deallocate(ptr, size), recognised from the module's exports. */
@WasmModule(value = "alloc_rust_allocate.wasm", imports = Lookup.class)
public interface RustAllocateGuest extends ConventionsApi {}
