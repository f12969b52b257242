package dev.wasmbind.processor.kinds;

import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.TypeName;
import java.util.Optional;

/** A Java type that crosses the wasm boundary: a value kind of {@link ValueKinds}, or a record ({@link Struct}). */
public interface JavaValue {

    /** The Java type, for generated code. */
    TypeName typeName();

    /** How the type reads in a Java signature text for messages: {@code int}, {@code @Unsigned byte}, {@code Point}. */
    String javaName();

    /** The one wasm value a function returns this as, directly, when it is one; by default it is not. */
    default Optional<ScalarKind> directScalar() {
        return Optional.empty();
    }

    /**
     * This value, returned directly as its {@link #directScalar}, from that scalar's Java value {@code scalar}: the
     * scalar itself, or the records built around it.
     */
    default CodeBlock aroundScalar(CodeBlock scalar) {
        return scalar;
    }

    /** Whether the value is, or holds, a region of guest memory (a string or a slice), whose bytes have an owner. */
    default boolean holdsRegion() {
        return false;
    }
}
