/**
 * The processor's value kinds, record layouts and result conventions: for each Java type that crosses the wasm
 * boundary and each way a result comes back, its lowering and the code generated for it. Internal to the processor:
 * public only because the processor's own packages and {@link dev.wasmbind.processor.abi} build on it; other modules
 * (the drafting command among them) use {@code abi}, and nothing here has a compatibility promise.
 */
package dev.wasmbind.processor.kinds;
