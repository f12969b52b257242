package dev.wasmbind.e2e.allocators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wasmbind.runtime.WasmLinkException;
import dev.wasmbind.runtime.internal.link.LinkMessages;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Guests written to each allocator convention take and return strings and arrays: the binding allocates with the
 * guest's allocator and frees with its free, each block exactly once and, for a sized free, with its length. The
 * guests count: {@code LiveAllocations} back where it was and {@code BadFrees} at 0 show it.
 */
class AllocatorsTest {
    /** The value the host hands the guest for a key: its length is what lookup_length returns. */
    private static final Lookup LOOKUP = key -> "value of " + key;

    static Stream<Arguments> guests() {
        return Stream.of(
                Arguments.of("C: malloc/free(ptr)", (Supplier<ConventionsApi>) () -> CGuestWasm.load(LOOKUP)),
                Arguments.of("Zig: malloc/free(ptr, len)", (Supplier<ConventionsApi>) () -> ZigGuestWasm.load(LOOKUP)),
                Arguments.of("Rust: alloc/dealloc", (Supplier<ConventionsApi>) () -> RustGuestWasm.load(LOOKUP)),
                Arguments.of("Rust: allocate/deallocate",
                        (Supplier<ConventionsApi>) () -> RustAllocateGuestWasm.load(LOOKUP)),
                Arguments.of("TinyGo4J: wasm_malloc/wasm_free",
                        (Supplier<ConventionsApi>) () -> TinyGo4JGuestWasm.load(LOOKUP)),
                Arguments.of("named: @AllocatorExports(alloc, dealloc)",
                        (Supplier<ConventionsApi>) () -> NamedRustGuestWasm.load(LOOKUP)),
                Arguments.of("len << 32 | ptr: alloc/dealloc",
                        (Supplier<ConventionsApi>) () -> LengthHighGuestWasm.load(key -> "value of " + key)),
                Arguments.of("recognised at load: alloc/dealloc", (Supplier<ConventionsApi>) () ->
                        LateGuestWasm.builder().module(resource("alloc_rust.wasm")).lookup(LOOKUP).build()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("guests")
    void freesEveryArgumentAndResultOnceWithItsLength(String convention, Supplier<ConventionsApi> load) {
        try (ConventionsApi guest = load.get()) {
            // the instance's return area and borrowed buffer live as long as it does
            int live = guest.liveAllocations();

            assertThat(guest.greet("wasm")).isEqualTo("Hello, wasm!");
            assertThat(guest.join("a", "bc")).isEqualTo("a,bc");
            assertThat(guest.join("", "")).isEqualTo(",");
            assertThat(guest.sum(new int[] {1, 2, 3})).isEqualTo(6);
            assertThat(guest.squares(new int[] {2, -3, 4})).containsExactly(4, 9, 16);
            assertThat(guest.squares(new int[0])).isEmpty();
            assertThat(guest.version()).isEqualTo("conventions 1");
            assertThat(guest.lookupLength("key")).isEqualTo("value of key".length());

            assertThat(guest.badFrees()).as("frees of unknown blocks or with wrong lengths").isZero();
            // the first join made the borrowed buffer
            assertThat(guest.liveAllocations()).isEqualTo(live + 1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("guests")
    void aBorrowedBufferThatGrowsFreesTheOldOneWithItsLength(String convention, Supplier<ConventionsApi> load) {
        try (ConventionsApi guest = load.get()) {
            assertThat(guest.join("a", "b")).isEqualTo("a,b");
            int live = guest.liveAllocations();
            String longer = "x".repeat(1000);

            assertThat(guest.join("a", longer)).isEqualTo("a," + longer);

            assertThat(guest.liveAllocations()).isEqualTo(live);
            assertThat(guest.badFrees()).isZero();
        }
    }

    @Test
    void aCanonicalAbiGuestOwnsItsArgumentsAndReleasesResultsAfterTheyAreRead() {
        try (CanonicalGuest guest = CanonicalGuestWasm.load(LOOKUP)) {
            int live = guest.liveAllocations();
            int posts = guest.postReturns();

            assertThat(guest.greet("wasm")).isEqualTo("Hello, wasm!");
            assertThat(guest.postReturns()).isEqualTo(posts + 1);
            assertThat(guest.totalLength("ab", "cde")).isEqualTo(5);
            // a borrowed argument that reused a buffer the guest had freed would be freed twice
            assertThat(guest.totalLength("f", "ghi")).isEqualTo(4);
            assertThat(guest.answer()).isEqualTo(42);
            assertThat(guest.postReturns()).isEqualTo(posts + 2);
            assertThat(guest.lookupLength("key")).isEqualTo("value of key".length());

            // the guest freed every argument and the host's result, cabi_post_greet the result: nothing is left
            assertThat(guest.liveAllocations()).isEqualTo(live);
        }
    }

    @Test
    void aGuestWithoutAllocatorBindsItsScalars() {
        try (NoAllocatorGuest guest = NoAllocatorGuestWasm.load()) {
            assertThat(guest.add(40, 2)).isEqualTo(42);
        }
    }

    @Test
    void aModuleWithoutAllocatorSeenOnlyAtLoadIsRejectedForAStringArgument() {
        byte[] module = resource("no_allocator.wasm");

        assertThatThrownBy(() -> LateNoAllocatorWasm.builder().module(module).build())
                .isInstanceOf(WasmLinkException.class)
                .hasMessage("the module does not match dev.wasmbind.e2e.allocators.LateNoAllocator:\n  "
                        + LinkMessages.noAllocator("int length(@PtrLen byte[] text)", LinkMessages.FOR_ARGUMENTS,
                                "the given module", List.of()).text());
    }

    static byte[] resource(String name) {
        try (InputStream in = AllocatorsTest.class.getClassLoader().getResourceAsStream(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
