package dev.wasmbind.e2e.allocators;

import dev.wasmbind.Borrowed;
import dev.wasmbind.Export;
import dev.wasmbind.HostFrees;
import dev.wasmbind.PackedResult;
import dev.wasmbind.PtrLen;

/** The API of conventions.c, which is built once per allocator convention; each binding extends this. */
public interface ConventionsApi extends CountingGuest {
    /** A result the guest allocated for the caller: freed with the guest's free, and its length for a sized one. */
    @Export("greet")
    @PackedResult
    @HostFrees
    String greet(String name);

    /** Two arguments copied in, which the host frees after the call. */
    @Export("join")
    @PackedResult
    @HostFrees
    String join(String a, @Borrowed String b);

    @Export("sum")
    long sum(@PtrLen int[] values);

    /** An array result in the return area, freed with its length in bytes. */
    @Export("squares")
    @HostFrees
    int[] squares(int[] values);

    /** A string the guest keeps, through the return area the host allocated with the guest's allocator. */
    @Export("version")
    String version();
}
