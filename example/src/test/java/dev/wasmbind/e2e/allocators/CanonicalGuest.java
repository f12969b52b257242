package dev.wasmbind.e2e.allocators;

import dev.wasmbind.Borrowed;
import dev.wasmbind.Export;
import dev.wasmbind.PackedResult;
import dev.wasmbind.WasmModule;

/** canonical.c: the canonical ABI's cabi_realloc, callee-owned arguments and cabi_post_* after the result. */
@WasmModule(value = "canonical.wasm", imports = Lookup.class)
public interface CanonicalGuest extends AutoCloseable {
    /** The guest frees the name itself, and its result in cabi_post_greet. */
    @Export("greet")
    @PackedResult
    String greet(String name);

    /** Both are the guest's to free: a borrowed argument is copied in all the same. */
    @Export("total_length")
    int totalLength(String a, @Borrowed String b);

    /** A scalar result; cabi_post_answer runs once it was returned. */
    @Export("answer")
    int answer();

    @Export("lookup_length")
    int lookupLength(String key);

    @Export("LiveAllocations")
    int liveAllocations();

    @Export("PostReturns")
    int postReturns();

    @Override
    void close();
}
