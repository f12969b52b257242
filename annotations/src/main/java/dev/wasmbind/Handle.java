package dev.wasmbind;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Passes a Java object to the guest as an opaque i32 handle, and a handle back as the same object: on a parameter
 * or result of an export or of a host function, of any class, interface or array type without type arguments.
 * The guest cannot look inside; it keeps the handle, passes it back, and releases it with the import
 * {@code wasmbind.release_handle(handle uint32)} when done (Go:
 * {@code //go:wasmimport wasmbind release_handle}). Until then, or until the instance closes, the instance keeps
 * the object reachable. The same object passed again while held gets the same handle; {@code null} is 0.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.PARAMETER, ElementType.METHOD})
public @interface Handle {}
