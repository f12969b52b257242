package dev.wasmbind.cli;

import static dev.wasmbind.cli.Drafts.EXAMPLE_TEST;
import static dev.wasmbind.cli.Drafts.assertCompiles;
import static dev.wasmbind.cli.Drafts.draft;
import static dev.wasmbind.cli.TinyGoDraftTest.oneLine;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The draft names the allocator the processor will recognise in the module and leaves its exports out, whatever the
 * convention: the C guests in example/src/test/c are written to each.
 */
class AllocatorDraftTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "alloc_c.wasm | malloc | free | `malloc (i32) -> i32` and `free (i32) -> nil`.",
        "alloc_zig.wasm | malloc | free | `malloc (i32) -> i32` and `free (i32, i32) -> nil`, given the length to free.",
        "alloc_rust.wasm | alloc | dealloc | `alloc (i32) -> i32` and `dealloc (i32, i32) -> nil`, given the length",
        "alloc_rust_allocate.wasm | allocate | deallocate | `allocate (i32) -> i32` and `deallocate (i32, i32) -> nil`",
        "alloc_tinygo4j.wasm | wasm_malloc | wasm_free | `wasm_malloc (i32) -> i32` and `wasm_free (i32) -> nil`."})
    void namesTheAllocatorAndLeavesItOut(String module, String allocate, String free, String described) {
        String draft = draft(EXAMPLE_TEST.resolve(module));

        assertThat(oneLine(draft))
                .contains("Allocator: " + described)
                .contains("`" + allocate + "`, `" + free + "` (the allocator, which the binding calls itself)");
        assertThat(draft).doesNotContain("@Export(\"" + allocate + "\")").doesNotContain("@Export(\"" + free + "\")")
                .contains("@Export(\"greet\")");
    }

    @Test
    void leavesTheCanonicalReallocAndPostReturnsOut() {
        String draft = draft(EXAMPLE_TEST.resolve("canonical.wasm"));

        assertThat(oneLine(draft))
                .contains("Allocator: `cabi_realloc (i32, i32, i32, i32) -> i32` (canonical ABI), which leaves the "
                        + "arguments to the callee; cabi_post_<export> releases results.")
                .contains("`cabi_realloc`, `cabi_post_greet`, `cabi_post_answer` (the allocator, which the binding "
                        + "calls itself)");
        assertThat(draft).contains("@Export(\"greet\")").doesNotContain("@Export(\"cabi_");
    }

    @Test
    void saysAModuleWithoutAllocatorPassesScalarsOnly() {
        String draft = draft(EXAMPLE_TEST.resolve("no_allocator.wasm"));

        assertCompiles(draft, "NoAllocator", EXAMPLE_TEST);
        assertThat(oneLine(draft)).contains("No allocator export: only scalars can cross.");
    }
}
