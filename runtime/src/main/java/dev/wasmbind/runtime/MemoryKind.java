package dev.wasmbind.runtime;

/** How an instance holds the guest's linear memory on the Java heap: Chicory's two implementations. */
public enum MemoryKind {
    /** One {@code byte[]}, copied into a larger one when the guest grows its memory; the default. */
    BYTE_ARRAY,
    /** Chicory's own default, a little-endian {@code ByteBuffer} over the memory. */
    BYTE_BUFFER
}
