package dev.wasmbind.runtime.internal;

/**
 * A region of guest memory as the TinyGo ABI passes it: an address and a length (bytes for strings and
 * {@code []byte}, elements for other slices).
 */
public record GuestBuffer(int address, int length) {
    /** What the empty string or slice lowers to: no memory at all. */
    public static final GuestBuffer EMPTY = new GuestBuffer(0, 0);
}
