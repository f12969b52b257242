package dev.wasmbind;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the guest's allocator exports on a {@link WasmModule} interface, where the processor cannot tell them
 * itself: the module exports an allocator under names of its own, or several known ones.
 *
 * <p>Without it the allocator is recognised from the module's exports, by name and type:
 * <ul>
 *   <li>{@code malloc (i32) -> i32} and {@code free (i32) -> nil}: C and TinyGo;
 *   <li>{@code malloc (i32) -> i32} and {@code free (i32, i32) -> nil}, which is given the length: Zig;
 *   <li>{@code alloc}/{@code dealloc} or {@code allocate}/{@code deallocate}, the free given the length: Rust;
 *   <li>{@code wasm_malloc}/{@code wasm_free}: TinyGo4J;
 *   <li>{@code cabi_realloc (i32, i32, i32, i32) -> i32}: the canonical ABI, without a free.
 * </ul>
 * A pair a guest exports on purpose wins over the {@code malloc}/{@code free} that C and TinyGo runtimes export
 * anyway; two others are ambiguous, and this annotation decides.
 *
 * <p>The types of the named exports tell the convention: a free of type {@code (i32, i32) -> nil} is given the
 * exact length the host allocated (or the guest returned, for {@link HostFrees}); an allocate export of
 * {@code cabi_realloc}'s type, named without a free, follows the canonical ABI: the guest owns and frees the arguments
 * it is given, and {@code cabi_post_<export>}, where the module exports it, releases a result once the binding has
 * read it. The allocator serves every allocation of the binding: copied-in arguments, return areas,
 * {@link Borrowed} buffers, {@link HostFrees} results, and host-function results handed to the guest (unless
 * {@link GuestAllocator} names another export).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface AllocatorExports {
    /** The export that allocates: {@code (i32 size) -> i32}, or {@code cabi_realloc}'s type. */
    String allocate();

    /**
     * The export that frees: {@code (i32 ptr) -> nil}, or {@code (i32 ptr, i32 len) -> nil}; empty for an allocator
     * of {@code cabi_realloc}'s type, which has none.
     */
    String free() default "";
}
