package dev.wasmbind;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Imports of the guest that raw Chicory host functions serve, listed in {@link WasmModule#rawImports()}: the
 * user passes them to the generated builder's {@code hostFunctions(...)}. The compile-time check then accepts these
 * imports without a {@link HostModule} interface, and loading checks that a host function for each was passed.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface RawImport {
    /** {@return the import module, such as {@code "env"} for {@code //go:wasmimport env log}} */
    String module();

    /** {@return the imported functions' names; when empty, every function the guest imports from {@link #module()}} */
    String[] names() default {};
}
