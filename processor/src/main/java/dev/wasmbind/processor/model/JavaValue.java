package dev.wasmbind.processor.model;

import com.squareup.javapoet.TypeName;
import dev.wasmbind.processor.kinds.ScalarKind;
import java.util.Optional;

/**
 * A Java type that crosses the wasm boundary: a value kind of {@link dev.wasmbind.processor.kinds.ValueKinds}, or a
 * record ({@link Struct}).
 */
public interface JavaValue {

    /** The Java type, for generated code. */
    TypeName typeName();

    /** How the type reads in a Java signature text for messages: {@code int}, {@code @Unsigned byte}, {@code Point}. */
    String javaName();

    /** The one wasm value a function returns this as, directly, when it is one; by default it is not. */
    default Optional<ScalarKind> directScalar() {
        return Optional.empty();
    }
}
