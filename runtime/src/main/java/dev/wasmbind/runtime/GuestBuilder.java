package dev.wasmbind.runtime;

import com.dylibso.chicory.runtime.HostFunction;
import com.dylibso.chicory.wasi.WasiOptions;
import com.dylibso.chicory.wasm.WasmModule;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Options of one guest instance, set on each generated binding's {@code Builder}: where the module comes from (by
 * default the {@code @WasmModule} classpath resource), WASI, the engine, host functions and limits. The generated
 * builder adds {@code build()}, {@code buildPool(int)} and a setter per host interface.
 *
 * @param <B> the generated builder, returned by every setter
 */
public interface GuestBuilder<B extends GuestBuilder<B>> {

    /** Uses this module instead of the {@code @WasmModule} resource. */
    B module(byte[] wasm);

    /** Uses the module in this file instead of the {@code @WasmModule} resource. */
    B module(Path wasm);

    /** Uses the module this stream holds; reads the stream to its end, and the caller closes it. */
    B module(InputStream wasm);

    /** Uses a module Chicory already parsed. */
    B module(WasmModule wasm);

    /**
     * WASI preview 1 options; by default the guest's stdout and stderr go to {@link System#out} and
     * {@link System#err}, and its arguments are just {@code argv[0]}, the module's file name (the
     * {@code module(Path)} file's, else the {@code @WasmModule} resource's), as other runtimes pass it: a TinyGo
     * program reads {@code os.Args[1:]}, which panics when {@code os.Args} is empty. Options without arguments get
     * that {@code argv[0]} too. The guest's output reaches the streams given here; wasmbind only keeps the last few KiB
     * of each call to quote a TinyGo panic, and never closes them.
     */
    B wasi(WasiOptions options);

    /** How Chicory runs the guest; the default is the one the processor was told, normally the compiler. */
    B engine(Engine engine);

    /** Chicory host functions for imports that no typed host interface covers; may be called repeatedly. */
    B hostFunctions(HostFunction... functions);

    /**
     * Caps the guest's linear memory at this many 64 KiB pages: past it, {@code memory.grow} fails (returns -1,
     * as the wasm spec says), so a TinyGo guest reports its own out-of-memory panic instead of taking the JVM's
     * heap. A module that needs more than this from the start is refused when the instance is built. By default
     * the module's own maximum applies.
     *
     * @throws IllegalArgumentException unless 1 to 65536
     */
    B maxMemoryPages(int pages);

    /**
     * How the instance holds guest memory; by default {@link MemoryKind#BYTE_ARRAY}, which the project's benchmarks
     * found faster than Chicory's {@code ByteBuffer} memory where guest code reads memory a lot, with the same heap
     * per instance (README, "Benchmarks").
     */
    B memory(MemoryKind kind);

    /**
     * Stops any call (and the guest's start) that runs longer than this: the call throws
     * {@link WasmCallException}, the instance becomes unusable, and the caller's interrupt status is left as it was.
     * It works by interrupting the calling thread, which Chicory checks at every call and branch. By default calls
     * have no time limit; a thread's own {@link Thread#interrupt()} stops a call in any case.
     *
     * @throws IllegalArgumentException unless positive
     */
    B callTimeout(Duration timeout);

    /**
     * Makes the instance that {@code build()} returns take calls only from the thread that built it, the way a
     * per-thread instance is used. A shared instance guards every call with an atomic compare-and-set, which is
     * most of a scalar call's overhead; a confined one checks the thread with a plain read. Calls (and
     * {@code close()}) from any other thread get an {@link IllegalStateException} before anything touches guest
     * memory. A pool's instances serve many threads, so {@code buildPool} refuses this option.
     */
    B threadConfined();
}
