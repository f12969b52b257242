package dev.wasmbind;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the guest's allocator export for a {@link HostModule} method's {@code String} or {@code byte[]} result,
 * where it is not the guest's own allocator (the one its binding recognises or {@link AllocatorExports} names). Such
 * a result is handed to the guest as an import returning {@code i64}: the
 * host allocates the bytes with this export, writes them, and returns {@code ptr << 32 | len}; the guest owns them
 * from then on. The export must have type {@code (i32) -> i32}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface GuestAllocator {
    /** {@return the export's name, such as {@code "wasm_malloc"}} */
    String value();
}
