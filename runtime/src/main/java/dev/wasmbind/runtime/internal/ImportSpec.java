package dev.wasmbind.runtime.internal;

/** One method of a host interface: the function the guest imports, the Java method, and the wasm type it lowers to. */
public record ImportSpec(String importName, String javaSignature, WasmSignature wasmSignature) {}
