package dev.wasmbind;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Binds a method of a {@link HostModule} interface to a function the guest imports. */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Import {
    /** {@return the imported function's name, such as {@code "log"}; when empty, the Java method's name} */
    String value() default "";
}
