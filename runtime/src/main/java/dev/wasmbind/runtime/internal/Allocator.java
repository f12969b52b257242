package dev.wasmbind.runtime.internal;

/** What one call needs from the guest's allocator exports, so that a module lacking them is rejected up front. */
public enum Allocator {
    /** Scalars only, or a result read from the instance's return area. */
    NONE(false, false),
    /** Only {@code malloc}: used for a return area the instance allocates once. */
    MALLOC(true, false),
    /** Only {@code free}: a host-owned result to release, no arguments to copy in. */
    FREE(false, true),
    /** Arguments copied into guest memory and freed after the call. */
    MALLOC_AND_FREE(true, true);

    private final boolean malloc;
    private final boolean free;

    Allocator(boolean malloc, boolean free) {
        this.malloc = malloc;
        this.free = free;
    }

    public boolean needsMalloc() {
        return malloc;
    }

    public boolean needsFree() {
        return free;
    }

    /** The needs of a call that does both. */
    public Allocator and(Allocator other) {
        boolean m = malloc || other.malloc;
        boolean f = free || other.free;
        return m ? (f ? MALLOC_AND_FREE : MALLOC) : (f ? FREE : NONE);
    }
}
