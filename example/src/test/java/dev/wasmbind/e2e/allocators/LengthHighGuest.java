package dev.wasmbind.e2e.allocators;

import dev.wasmbind.PackedOrder;
import dev.wasmbind.WasmModule;

/**
 * conventions.c built as a Rust-style plugin (alloc, dealloc with the size) that packs every region as
 * {@code len << 32 | ptr}, as Kosmos plugins do: the order declared once, for the whole interface.
 */
@PackedOrder(PackedOrder.Order.LENGTH_HIGH)
@WasmModule(value = "alloc_len_high.wasm", imports = LengthHighLookup.class)
public interface LengthHighGuest extends ConventionsApi {}
