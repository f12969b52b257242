/**
 * What users of generated bindings call: the builder every generated {@code Builder} extends
 * ({@link dev.wasmbind.runtime.GuestBuilder}), the {@link dev.wasmbind.runtime.Engine}, the writable guest buffer of
 * host functions ({@link dev.wasmbind.runtime.GuestBufferWriter}), the {@link dev.wasmbind.runtime.LeakCheck} for
 * tests and development, and the exceptions, all subclasses of
 * {@link dev.wasmbind.runtime.WasmBindException}. Everything in {@code dev.wasmbind.runtime.internal} is for
 * generated code only.
 */
package dev.wasmbind.runtime;
