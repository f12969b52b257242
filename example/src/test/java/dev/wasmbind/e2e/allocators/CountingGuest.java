package dev.wasmbind.e2e.allocators;

import dev.wasmbind.Export;

/** What every build of conventions.c exports besides its API: its host call and its allocator's counts. */
public interface CountingGuest extends AutoCloseable {
    /** Calls the host's {@code env.lookup}, whose result the host allocates with the guest's allocator. */
    @Export("lookup_length")
    int lookupLength(String key);

    @Export("LiveAllocations")
    int liveAllocations();

    @Export("BadFrees")
    int badFrees();

    @Override
    void close();
}
