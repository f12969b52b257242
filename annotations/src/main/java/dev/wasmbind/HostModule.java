package dev.wasmbind;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a Java interface whose methods a guest imports from wasm module {@link #value()}, such as the Go
 * declaration {@code //go:wasmimport env log}. Implement it with an ordinary class and list it in
 * {@link WasmModule#imports()}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface HostModule {
    /** {@return the import module's name, such as {@code "env"}} */
    String value();
}
