package dev.wasmbind.e2e.allocators;

import dev.wasmbind.AllocatorExports;
import dev.wasmbind.WasmModule;

/** conventions.c with Rust's alloc/dealloc, named on the interface rather than recognised. */
@AllocatorExports(allocate = "alloc", free = "dealloc")
@WasmModule(value = "alloc_rust.wasm", imports = Lookup.class)
public interface NamedRustGuest extends ConventionsApi {}
