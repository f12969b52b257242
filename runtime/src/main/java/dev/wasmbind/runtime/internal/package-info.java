/**
 * What generated bindings and the processor use, and users do not: guest memory, calls, allocation, ABI
 * conversions, instantiation, pools and the link check. <b>No compatibility promise</b>: these classes change
 * with every wasmbind version, together with the code the processor generates for them (which states its
 * {@link dev.wasmbind.runtime.internal.RuntimeContract}). Code of your own should use {@code dev.wasmbind.runtime}.
 */
package dev.wasmbind.runtime.internal;
