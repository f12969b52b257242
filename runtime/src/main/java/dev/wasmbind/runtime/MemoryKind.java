package dev.wasmbind.runtime;

import com.dylibso.chicory.runtime.ByteArrayMemory;
import com.dylibso.chicory.runtime.ByteBufferMemory;
import com.dylibso.chicory.runtime.Memory;
import com.dylibso.chicory.wasm.types.MemoryLimits;
import java.util.function.Function;

/** How an instance holds the guest's linear memory on the Java heap: Chicory's two implementations. */
public enum MemoryKind {
    /** One {@code byte[]}, copied into a larger one when the guest grows its memory; the default. */
    BYTE_ARRAY(ByteArrayMemory::new),
    /** Chicory's own default, a little-endian {@code ByteBuffer} over the memory. */
    BYTE_BUFFER(ByteBufferMemory::new);

    private final Function<MemoryLimits, Memory> factory;

    MemoryKind(Function<MemoryLimits, Memory> factory) {
        this.factory = factory;
    }

    /** What Chicory's instance builder takes to make the memory. */
    Function<MemoryLimits, Memory> factory() {
        return factory;
    }
}
