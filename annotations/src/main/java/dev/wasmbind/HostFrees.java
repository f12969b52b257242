package dev.wasmbind;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The guest hands the memory of the {@code String} or array result to the caller: the binding copies it out and
 * then passes the pointer to the guest's {@code free}.
 *
 * <p>Without this annotation the result belongs to the guest (TinyGo's garbage-collected heap, the default for
 * {@code string} results): it is copied and never freed, since {@code free} on such a pointer corrupts or panics
 * the guest.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface HostFrees {}
