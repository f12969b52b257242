package dev.wasmbind.runtime;

import com.dylibso.chicory.runtime.ByteArrayMemory;
import com.dylibso.chicory.runtime.ByteBufferMemory;
import com.dylibso.chicory.runtime.Memory;
import com.dylibso.chicory.wasm.types.MemoryLimits;
import java.util.function.Function;

/** How an instance holds the guest's linear memory on the Java heap: Chicory's two implementations. */
public enum MemoryKind {
    /** One {@code byte[]}, copied into a larger one when the guest grows its memory; the default. */
    BYTE_ARRAY,
    /** Chicory's own default, a little-endian {@code ByteBuffer} over the memory. */
    BYTE_BUFFER;

    /**
     * What Chicory's instance builder takes to make the memory; chosen in a switch so that only the kind in use
     * links its constructor reference at start-up.
     */
    Function<MemoryLimits, Memory> factory() {
        return switch (this) {
            case BYTE_ARRAY -> ByteArrayMemory::new;
            case BYTE_BUFFER -> ByteBufferMemory::new;
        };
    }
}
