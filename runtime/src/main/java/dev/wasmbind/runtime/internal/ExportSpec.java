package dev.wasmbind.runtime.internal;

/**
 * One method of a binding: the guest export it calls, the Java method it implements (for messages), the wasm type
 * its lowering needs, and what it needs from the guest's allocator.
 */
public record ExportSpec(String exportName, String javaSignature, WasmSignature wasmSignature, Allocator allocator) {

    /**
     * The spec as generated code declares it, one constant per method: the names first, then what the call needs
     * from the guest's allocator, then its lowering.
     */
    public static ExportSpec of(
            String exportName, String javaSignature, Allocator allocator, WasmSignature wasmSignature) {
        return new ExportSpec(exportName, javaSignature, wasmSignature, allocator);
    }
}
