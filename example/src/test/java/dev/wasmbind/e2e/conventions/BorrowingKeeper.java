package dev.wasmbind.e2e.conventions;

import dev.wasmbind.Borrowed;
import dev.wasmbind.Export;
import dev.wasmbind.WasmModule;

/**
 * keeper.c with its arguments borrowed: right for {@code Prefix}, which reads its argument during the call only;
 * wrong for {@code Keep}, on purpose, to show what a guest that keeps an argument sees then.
 */
@WasmModule("keeper.wasm")
public interface BorrowingKeeper {
    @Export("Keep")
    void keep(@Borrowed String value);

    @Export("Kept")
    String kept();

    @Export("Prefix")
    int prefix(@Borrowed String value);

    @Export("MallocCalls")
    int mallocCalls();
}
