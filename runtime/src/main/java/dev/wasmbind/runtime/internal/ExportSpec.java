package dev.wasmbind.runtime.internal;

/**
 * One method of a binding: the guest export it calls, the Java method it implements (for messages), the wasm type
 * its lowering needs, and what it needs from the guest's allocator.
 */
public record ExportSpec(String exportName, String javaSignature, WasmSignature wasmSignature, Allocator allocator) {}
