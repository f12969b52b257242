package dev.wasmbind.processor.model;

import com.squareup.javapoet.TypeName;

/**
 * A Java type that crosses the wasm boundary, as the lowering sees it: a scalar, a string or slice, or a record.
 * Sizes and alignments are those of the wasm32 C layout the TinyGo ABI uses in return areas.
 */
public sealed interface JavaValue permits Scalar, Sequence, Struct {

    /** Bytes the value takes in guest memory. */
    int size();

    /** Alignment of the value in guest memory. */
    int align();

    /** The Java type, for generated code. */
    TypeName typeName();

    /** How the type reads in a Java signature text for messages: {@code int}, {@code @Unsigned byte}, {@code Point}. */
    String javaName();
}
