package transports;

import dev.wasmbind.Export;
import dev.wasmbind.WasmModule;

/** transports.wasm, declared by meaning only: the processor reads each transport from the module. */
@WasmModule("transports.wasm")
public interface Transports {
    /** Comes back as the multi-value results (ptr, len): the argument itself. */
    @Export("Pair")
    String pair(String value);

    /** Bytes as (ptr, len), a packed result. */
    @Export("Echo")
    byte[] echo(byte[] data);
}
