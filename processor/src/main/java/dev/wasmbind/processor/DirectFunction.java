package dev.wasmbind.processor;

import com.squareup.javapoet.ClassName;

/**
 * The static method the build-time compiler made of an export's wasm function, which a binding calls directly:
 * the function's parameters as Java primitives, then the instance's {@code Memory} and {@code Instance}, returning
 * its result as a Java primitive.
 *
 * @param owner the machine's class that declares it, in the binding's package
 * @param method its name
 */
record DirectFunction(ClassName owner, String method) {}
