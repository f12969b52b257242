package dev.wasmbind.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How messages and drafts name each convention: its exports with their wasm types. */
class AllocatorConventionTest {
    @Test
    void describesEachConventionByItsExportsAndTypes() {
        assertThat(new AllocatorConvention.Unsized("malloc", "free").describe())
                .isEqualTo("`malloc (i32) -> i32` and `free (i32) -> nil`");
        assertThat(new AllocatorConvention.Sized("alloc", "dealloc").describe())
                .isEqualTo("`alloc (i32) -> i32` and `dealloc (i32, i32) -> nil`");
        assertThat(new AllocatorConvention.CanonicalAbi("cabi_realloc").describe())
                .isEqualTo("`cabi_realloc (i32, i32, i32, i32) -> i32` (canonical ABI)");
        assertThat(new AllocatorConvention.None().describe()).isEqualTo("no allocator");
    }
}
