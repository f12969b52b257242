package dev.wasmbind;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Binds a method of a {@link WasmModule} interface to a function the guest exports. */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Export {
    /** {@return the export's name in the module, such as {@code "ReturnString"}; when empty, the Java method's name} */
    String value() default "";
}
