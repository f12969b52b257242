package dev.wasmbind.runtime.internal;

/**
 * What one call needs from the guest's allocator, whatever its convention ({@link AllocatorConvention}), so that a
 * module lacking it is rejected up front.
 */
public enum Allocator {
    /** Scalars only, or a result the guest keeps. */
    NONE(false, false),
    /** Guest memory for copied-in arguments or a return area. */
    ALLOCATE(true, false),
    /** Only the guest's free: a result the host releases ({@code @HostFrees}), no arguments to copy in. */
    FREE_RESULT(false, true),
    /** Both. */
    ALLOCATE_AND_FREE_RESULT(true, true);

    private final boolean allocates;
    private final boolean freesResult;

    Allocator(boolean allocates, boolean freesResult) {
        this.allocates = allocates;
        this.freesResult = freesResult;
    }

    /** Whether the call allocates guest memory: copied-in arguments or a return area. */
    public boolean allocates() {
        return allocates;
    }

    /** Whether the host frees the call's result with the guest's free ({@code @HostFrees}). */
    public boolean freesResult() {
        return freesResult;
    }

    /** The needs of a call that does both. */
    public Allocator and(Allocator other) {
        boolean a = allocates || other.allocates;
        boolean f = freesResult || other.freesResult;
        return a ? (f ? ALLOCATE_AND_FREE_RESULT : ALLOCATE) : (f ? FREE_RESULT : NONE);
    }
}
