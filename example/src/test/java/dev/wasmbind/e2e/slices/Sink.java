package dev.wasmbind.e2e.slices;

import dev.wasmbind.HostModule;

/**
 * What sink.c imports: slices declared without {@code @PtrLen}, so that each module passes them its own way,
 * {@code (ptr, len, cap)} as TinyGo does or {@code (ptr, len)} as Rust, Zig and C do.
 */
@HostModule("sink")
public interface Sink {
    void write(byte[] data);

    long sum(int scale, int[] values, byte[] tag);
}
