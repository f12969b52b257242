package dev.wasmbind;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The guest only reads this {@code String} or array argument during the call and does not keep it: the binding
 * writes it into a buffer that the instance allocates once (grown on demand, freed on close) instead of a
 * {@code malloc} and {@code free} per argument. On a {@link WasmModule} interface, it applies to every such
 * parameter of its methods.
 *
 * <p>Not the default, because a guest may keep an argument: a TinyGo {@code string} that points into the argument's
 * memory stays valid for TinyGo's garbage collector even after {@code free}, and a reused buffer would change it
 * under the guest. Declare it only where the guest's code shows that nothing outlives the call.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.PARAMETER, ElementType.TYPE})
public @interface Borrowed {}
