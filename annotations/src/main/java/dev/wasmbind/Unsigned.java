package dev.wasmbind;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a parameter, result (on the method) or record component as a Go unsigned type.
 *
 * <ul>
 *   <li>{@code @Unsigned byte}: Go {@code uint8}, passed zero-extended ({@code 0xFF} arrives as 255).
 *   <li>{@code @Unsigned short}: Go {@code uint16}, passed zero-extended.
 *   <li>{@code @Unsigned long}: Go {@code uint32} widened to {@code long}: an {@code i32} in wasm, read back as
 *       0 to 4294967295; a parameter outside that range is rejected with {@link IllegalArgumentException}.
 * </ul>
 *
 * Go {@code uint32} and {@code uint64} also map to plain {@code int} and {@code long} with every bit preserved;
 * {@code char} always stands for {@code uint16}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
public @interface Unsigned {}
