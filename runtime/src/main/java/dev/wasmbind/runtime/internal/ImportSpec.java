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
    public static ImportSpec of(String importName, String javaSignature, WasmSignature wasmSignature) {
        return new ImportSpec(importName, javaSignature, wasmSignature, null, false);
    }

    /**
     * A method whose String or array result the host allocates in the guest with the guest's allocator and hands
     * over packed as {@code ptr << 32 | len}.
     */
    public static ImportSpec guestOwnedResult(String importName, String javaSignature, WasmSignature wasmSignature) {
        return new ImportSpec(importName, javaSignature, wasmSignature, null, true);
    }

    /**
     * A method whose String or array result the host allocates in the guest with the export
     * {@code resultAllocator} and hands over packed as {@code ptr << 32 | len}.
     */
    public static ImportSpec allocatedBy(
            String importName, String javaSignature, String resultAllocator, WasmSignature wasmSignature) {
        return new ImportSpec(importName, javaSignature, wasmSignature, resultAllocator, true);
    }
}
