package dev.wasmbind.runtime.internal;

/**
 * One method of a host interface: the function the guest imports, the Java method, and the wasm type it lowers to.
 *
 * @param resultAllocator the guest's allocator export that {@code @GuestAllocator} names for a String or array
 *     result; {@code null} for the guest's own allocator, or when the result needs none
 * @param allocatesResult whether the result is a String or array that the host allocates in guest memory, to hand
 *     it to the guest
 */
public record ImportSpec(
        String importName,
        String javaSignature,
        WasmSignature wasmSignature,
        String resultAllocator,
        boolean allocatesResult) {

    /** A method whose result (if any) needs no guest memory. */
    public ImportSpec(String importName, String javaSignature, WasmSignature wasmSignature) {
        this(importName, javaSignature, wasmSignature, null, false);
    }
}
