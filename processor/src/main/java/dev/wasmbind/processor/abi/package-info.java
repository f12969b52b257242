/**
 * The TinyGo/wasm32 ABI rules that the processor and the drafting command share: how a method's parameters and
 * result lower to a wasm function type ({@link dev.wasmbind.processor.abi.MethodLowering}), the result conventions
 * a module may use, and the Java type of each Go type ({@link dev.wasmbind.processor.abi.GoTypes}). A draft is
 * checked against a module by the same rules the processor compiles it by, so the two cannot disagree.
 */
package dev.wasmbind.processor.abi;
