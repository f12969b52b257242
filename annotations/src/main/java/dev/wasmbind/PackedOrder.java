package dev.wasmbind;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The order in which a packed {@code i64} holds a region's pointer and length. By default a packed value is
 * {@code ptr << 32 | len} (TinyGo, wazero's examples, go-plugin); some plugin hosts and their guests pack it the other
 * way round, {@code len << 32 | ptr}, and the module cannot tell which.
 *
 * <p>On a method it applies to that method's packed values: a {@link PackedResult} (also one the processor infers
 * from the module), and a {@link HostModule} method's {@code String} or {@code byte[]} result, which the host hands
 * to the guest packed. On a {@link WasmModule} or {@link HostModule} interface it is the default for all its
 * methods; a method's own annotation wins. A {@link HostFrees} result is freed with the length read in this order.
 *
 * <p>The order cannot always be told from the value, which is why it is declared. Read in the wrong order, the real
 * length stands where the address belongs; where that shows, as a non-empty region starting below the module's static
 * data or at address 0, or a length larger than the whole memory, the call fails with a {@code WasmBindException}
 * that names this annotation before anything reads or frees the region.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface PackedOrder {
    /** Which half holds the pointer. */
    Order value();

    /** The two ways to pack a region in an {@code i64}. */
    enum Order {
        /** {@code ptr << 32 | len}: the default. */
        POINTER_HIGH,
        /** {@code len << 32 | ptr}. */
        LENGTH_HIGH
    }
}
