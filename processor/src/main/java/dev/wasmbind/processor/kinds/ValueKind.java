package dev.wasmbind.processor.kinds;

import com.squareup.javapoet.TypeName;
import javax.lang.model.type.TypeMirror;

/**
 * One reading of a Java type that crosses the wasm boundary under the TinyGo ABI ({@code byte} and
 * {@code @Unsigned byte} are two kinds). Where a kind may stand, and the code generated for it there, comes from the
 * interfaces it implements, one for each {@link Position}. Kinds take effect by their registration in
 * {@link ValueKinds}.
 */
public interface ValueKind extends JavaValue {

    /** The Java type it matches. */
    Class<?> javaType();

    /** Whether it is the {@code @Unsigned} reading of its Java type (Go's unsigned integers). */
    default boolean isUnsigned() {
        return false;
    }

    /** Whether a declared type, with or without {@code @Unsigned}, is this kind. */
    default boolean matches(TypeMirror type, boolean unsigned, JavaTypes types) {
        return unsigned == isUnsigned() && types.isType(type, javaType());
    }

    /** How the lists of supported types in messages name it; both readings of {@code byte} are {@code byte}. */
    default String listedAs() {
        return javaType().getSimpleName();
    }

    @Override
    default TypeName typeName() {
        return TypeName.get(javaType());
    }

    @Override
    default String javaName() {
        return isUnsigned() ? "@Unsigned " + listedAs() : listedAs();
    }
}
