package dev.wasmbind;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The {@code String} or {@code byte[]} result comes back as one {@code i64} holding {@code ptr << 32 | len}
 * instead of through a hidden return area.
 *
 * <p>This is the convention of hand-written exports such as {@code //go:wasmexport} functions, which may only
 * return scalars: {@code func greeting(ptr, size uint32) uint64}. Combine with {@link HostFrees} when the guest
 * allocated the bytes with {@code malloc} for the caller.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface PackedResult {}
