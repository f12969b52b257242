package dev.wasmbind;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Passes an array parameter as two i32, {@code (ptr, len)}, instead of a Go slice's {@code (ptr, len, cap)}: the
 * form of hand-written exports such as {@code //export parse(ptr, size uint32) uint64}, where the bytes are raw (no
 * UTF-8 re-encoding, unlike a {@code String}).
 *
 * <p>When the processor sees the module, it picks {@code (ptr, len)} by itself where only that fits the export's
 * type; the annotation is the explicit form, and the one that counts for modules given only at run time. On a
 * {@code String}, which is always {@code (ptr, len)}, it changes nothing.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface PtrLen {}
