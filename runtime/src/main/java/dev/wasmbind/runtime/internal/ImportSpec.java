package dev.wasmbind.runtime.internal;

/**
 * One method of a host interface: the function the guest imports, the Java method, and the wasm type it lowers to.
 *
 * @param resultAllocator the guest's allocator export that a String or array result is allocated with, to hand it
 *     to the guest; {@code null} for other results
 */
public record ImportSpec(String importName, String javaSignature, WasmSignature wasmSignature, String resultAllocator) {

    /** A method whose result (if any) needs no guest memory. */
    public ImportSpec(String importName, String javaSignature, WasmSignature wasmSignature) {
        this(importName, javaSignature, wasmSignature, null);
    }
}
