package dev.wasmbind.runtime.internal;

import com.dylibso.chicory.wasm.types.FunctionType;
import com.dylibso.chicory.wasm.types.ValType;
import java.util.List;

/**
 * How a guest allocates the memory the host hands it, and who frees it: one record per convention, told apart by
 * the names and wasm types of the guest's exports.
 *
 * <ul>
 *   <li>{@link Unsized}: {@code allocate(size) -> ptr}, {@code free(ptr)}: C and TinyGo ({@code malloc/free}),
 *       TinyGo4J ({@code wasm_malloc/wasm_free}). The host frees what it allocated once the call ends.
 *   <li>{@link Sized}: {@code allocate(size) -> ptr}, {@code free(ptr, len)} with the exact length allocated: Zig
 *       ({@code malloc/free}), Rust ({@code alloc/dealloc}, {@code allocate/deallocate}).
 *   <li>{@link CanonicalAbi}: {@code cabi_realloc(old, old_size, align, new_size) -> ptr} and no free: the callee
 *       owns the arguments lowered into its memory, and {@code cabi_post_<export>} releases a result once it was
 *       read.
 *   <li>{@link None}: the guest exports no allocator; only scalars cross.
 * </ul>
 */
public sealed interface AllocatorConvention {
    /** {@code (i32) -> i32}: an allocate export, given the size. */
    FunctionType ALLOCATE = FunctionType.of(List.of(ValType.I32), List.of(ValType.I32));
    /** {@code (i32) -> nil}: a free export, given the pointer. */
    FunctionType UNSIZED_FREE = FunctionType.of(List.of(ValType.I32), List.of());
    /** {@code (i32, i32) -> nil}: a free export, given the pointer and the length allocated. */
    FunctionType SIZED_FREE = FunctionType.of(List.of(ValType.I32, ValType.I32), List.of());
    /** {@code (i32, i32, i32, i32) -> i32}: the canonical ABI's {@code cabi_realloc}. */
    FunctionType REALLOC =
            FunctionType.of(List.of(ValType.I32, ValType.I32, ValType.I32, ValType.I32), List.of(ValType.I32));
    /** The prefix of the canonical ABI's post-return function of an export: {@code cabi_post_<export>}. */
    String POST_RETURN_PREFIX = "cabi_post_";

    /**
     * {@code malloc(size)} and {@code free(ptr)}: what C and TinyGo runtimes export whether the guest means them for
     * the host or not, so any other convention that fits comes first.
     */
    Unsized LIBC = new Unsized("malloc", "free");

    /**
     * The known conventions, in the order that decides between several a module fits: the pairs a guest exports on
     * purpose come before the {@link #LIBC} pair.
     */
    List<AllocatorConvention> KNOWN = List.of(
            new Unsized("wasm_malloc", "wasm_free"),
            new Sized("allocate", "deallocate"),
            new Sized("alloc", "dealloc"),
            new CanonicalAbi("cabi_realloc"),
            new Sized(LIBC.allocate(), LIBC.free()),
            LIBC);

    /** The exports and their types, for messages: {@code `malloc (i32) -> i32` and `free (i32) -> nil`}. */
    String describe();

    /** {@code malloc(size) -> ptr} and {@code free(ptr)}. */
    record Unsized(String allocate, String free) implements AllocatorConvention {
        @Override
        public String describe() {
            return pair(allocate, free, UNSIZED_FREE);
        }
    }

    /** {@code alloc(size) -> ptr} and {@code dealloc(ptr, len)}: the free is given the length allocated. */
    record Sized(String allocate, String free) implements AllocatorConvention {
        @Override
        public String describe() {
            return pair(allocate, free, SIZED_FREE);
        }
    }

    /** {@code cabi_realloc(0, 0, align, size) -> ptr}; no free, the callee owns its lowered arguments. */
    record CanonicalAbi(String realloc) implements AllocatorConvention {
        @Override
        public String describe() {
            return "`" + realloc + " " + WasmSignature.describe(REALLOC) + "` (canonical ABI)";
        }
    }

    /** The guest exports no allocator. */
    record None() implements AllocatorConvention {
        @Override
        public String describe() {
            return "no allocator";
        }
    }

    private static String pair(String allocate, String free, FunctionType freeType) {
        return "`" + allocate + " " + WasmSignature.describe(ALLOCATE) + "` and `" + free + " "
                + WasmSignature.describe(freeType) + "`";
    }
}
