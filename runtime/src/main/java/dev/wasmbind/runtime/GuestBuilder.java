package dev.wasmbind.runtime;

import dev.wasmbind.runtime.internal.BuildTimeMachine;
import dev.wasmbind.runtime.internal.Modules;
import dev.wasmbind.runtime.internal.FunctionNames;
import dev.wasmbind.runtime.internal.GuestFactory;
import dev.wasmbind.runtime.internal.Guest;
import dev.wasmbind.runtime.internal.GuestPool;
import dev.wasmbind.runtime.internal.ModuleBinding;
import dev.wasmbind.runtime.internal.PreparedModule;
import com.dylibso.chicory.runtime.HostFunction;
import com.dylibso.chicory.wasi.WasiOptions;
import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.MemoryLimits;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Options of one guest instance, extended by each generated binding's {@code Builder}: where the module comes
 * from (by default the {@code @WasmModule} classpath resource), WASI, the engine, host functions and limits.
 *
 * @param <B> the generated builder, returned by every setter
 */
public abstract class GuestBuilder<B extends GuestBuilder<B>> {
    /**
     * The default module of each generated binding class, parsed and compiled at most once: by resource name, and
     * by the stripped module's name where the machine compiled at build time runs it.
     */
    private static final ClassValue<Map<String, PreparedModule>> DEFAULT_MODULES = new ClassValue<>() {
        @Override
        protected Map<String, PreparedModule> computeValue(Class<?> bindingClass) {
            return new ConcurrentHashMap<>();
        }
    };

    /** Told of each instance {@link #instantiate()} starts on this thread, while a {@link LeakCheck} loads one. */
    static final ThreadLocal<Consumer<Guest>> STARTED_ON_THIS_THREAD = new ThreadLocal<>();

    /** How messages name a module passed as bytes or parsed, which has no file name. */
    private static final String GIVEN_MODULE = "the given module";

    private final Class<?> bindingClass;
    private final ModuleBinding binding;
    private final BuildTimeMachine buildTimeMachine;
    private Engine engine;
    private PreparedModule module;
    /** The file the module came from, when it came from a file; WASI's {@code argv[0]} by default. */
    private String moduleFileName;
    private WasiOptions wasiOptions;
    private int maxMemoryPages;
    private MemoryKind memoryKind = MemoryKind.BYTE_ARRAY;
    private Duration callTimeout;
    private boolean threadConfined;
    private final List<HostFunction> extraHostFunctions = new ArrayList<>();
    private final Map<String, List<HostFunction>> hostModules = new LinkedHashMap<>();

    /**
     * @param bindingClass the generated binding class, whose class loader finds the default module
     * @param binding what the binding expects of the module
     * @param defaultEngine the engine used unless {@link #engine} says otherwise
     */
    protected GuestBuilder(Class<?> bindingClass, ModuleBinding binding, Engine defaultEngine) {
        this(bindingClass, binding, defaultEngine, null);
    }

    /**
     * @param bindingClass the generated binding class, whose class loader finds the default module
     * @param binding what the binding expects of the module
     * @param defaultEngine the engine used unless {@link #engine} says otherwise
     * @param buildTimeMachine the compiler engine's machine for the module the processor saw, or {@code null}
     *     where it saw none: it runs the default module, and any given module with the same bytes
     */
    protected GuestBuilder(Class<?> bindingClass, ModuleBinding binding, Engine defaultEngine,
            BuildTimeMachine buildTimeMachine) {
        this.bindingClass = bindingClass;
        this.binding = binding;
        this.engine = defaultEngine;
        this.buildTimeMachine = buildTimeMachine;
    }

    /** This builder, as the generated subclass. */
    protected abstract B self();

    /** Uses this module instead of the {@code @WasmModule} resource. */
    public B module(byte[] wasm) {
        Objects.requireNonNull(wasm, "wasm");
        this.module = prepare(GIVEN_MODULE, null, wasm);
        this.moduleFileName = null;
        return self();
    }

    /** Uses the module in this file instead of the {@code @WasmModule} resource. */
    public B module(Path wasm) {
        Objects.requireNonNull(wasm, "wasm");
        String name = String.valueOf(wasm.getFileName());
        try {
            this.module = prepare(name, name, Files.readAllBytes(wasm));
        } catch (IOException e) {
            throw new WasmBindException("cannot read the wasm module " + wasm + ": " + e
                    + "; check the path and its permissions", e);
        }
        this.moduleFileName = name;
        return self();
    }

    /** Uses the module this stream holds; reads the stream to its end, and the caller closes it. */
    public B module(InputStream wasm) {
        Objects.requireNonNull(wasm, "wasm");
        try {
            return module(wasm.readAllBytes());
        } catch (IOException e) {
            throw new WasmBindException("cannot read the wasm module from the stream: " + e, e);
        }
    }

    /** Uses a module Chicory already parsed. */
    public B module(WasmModule wasm) {
        this.module = new PreparedModule(GIVEN_MODULE, Objects.requireNonNull(wasm, "wasm"));
        this.moduleFileName = null;
        return self();
    }

    /**
     * WASI preview 1 options; by default the guest's stdout and stderr go to {@link System#out} and
     * {@link System#err}, and its arguments are just {@code argv[0]}, the module's file name (the
     * {@code module(Path)} file's, else the {@code @WasmModule} resource's), as other runtimes pass it: a TinyGo
     * program reads {@code os.Args[1:]}, which panics when {@code os.Args} is empty. Options without arguments get
     * that {@code argv[0]} too. The guest's output reaches the streams given here; wasmbind only keeps the last few KiB
     * of each call to quote a TinyGo panic, and never closes them.
     */
    public B wasi(WasiOptions options) {
        this.wasiOptions = Objects.requireNonNull(options, "options");
        return self();
    }

    /** How Chicory runs the guest; the default is the one the processor was told, normally the compiler. */
    public B engine(Engine engine) {
        this.engine = Objects.requireNonNull(engine, "engine");
        return self();
    }

    /** Chicory host functions for imports that no typed host interface covers; may be called repeatedly. */
    public B hostFunctions(HostFunction... functions) {
        extraHostFunctions.addAll(Arrays.asList(functions));
        return self();
    }

    /**
     * Caps the guest's linear memory at this many 64 KiB pages: past it, {@code memory.grow} fails (returns -1,
     * as the wasm spec says), so a TinyGo guest reports its own out-of-memory panic instead of taking the JVM's
     * heap. A module that needs more than this from the start is refused when the instance is built. By default
     * the module's own maximum applies.
     *
     * @throws IllegalArgumentException unless 1 to 65536
     */
    public B maxMemoryPages(int pages) {
        if (pages < 1 || pages > MemoryLimits.MAX_PAGES) {
            throw new IllegalArgumentException(
                    "maxMemoryPages must be from 1 to " + MemoryLimits.MAX_PAGES + " (4 GiB), not " + pages);
        }
        this.maxMemoryPages = pages;
        return self();
    }

    /**
     * How the instance holds guest memory; by default {@link MemoryKind#BYTE_ARRAY}, which the project's benchmarks
     * found faster than Chicory's {@code ByteBuffer} memory where guest code reads memory a lot, with the same heap
     * per instance (README, "Benchmarks").
     */
    public B memory(MemoryKind kind) {
        this.memoryKind = Objects.requireNonNull(kind, "kind");
        return self();
    }

    /**
     * Stops any call (and the guest's start) that runs longer than this: the call throws
     * {@link WasmCallException}, the instance becomes unusable, and the caller's interrupt status is left as it was.
     * It works by interrupting the calling thread, which Chicory checks at every call and branch. By default calls
     * have no time limit; a thread's own {@link Thread#interrupt()} stops a call in any case.
     *
     * @throws IllegalArgumentException unless positive
     */
    public B callTimeout(Duration timeout) {
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("callTimeout must be positive, not " + timeout);
        }
        this.callTimeout = timeout;
        return self();
    }

    /**
     * Makes the instance that {@code build()} returns take calls only from the thread that built it, the way a
     * per-thread instance is used. A shared instance guards every call with an atomic compare-and-set, which is
     * most of a scalar call's overhead; a confined one checks the thread with a plain read. Calls (and
     * {@code close()}) from any other thread get an {@link IllegalStateException} before anything touches guest
     * memory. A pool's instances serve many threads, so {@code buildPool} refuses this option.
     */
    public B threadConfined() {
        this.threadConfined = true;
        return self();
    }

    /** The implementation of one {@code @HostModule} interface, adapted by generated code. */
    protected B hostModule(String moduleName, List<HostFunction> functions) {
        hostModules.put(moduleName, List.copyOf(functions));
        return self();
    }

    /** Checks the module against the binding, instantiates it and starts the guest. */
    protected final Guest instantiate() {
        Guest guest = factory().start(threadConfined ? Thread.currentThread() : null);
        Consumer<Guest> observer = STARTED_ON_THIS_THREAD.get();
        if (observer != null) {
            observer.accept(guest);
        }
        return guest;
    }

    /**
     * A pool of instances made with these options, checked against the module now and started as callers need
     * them; {@code bind} wraps each in the generated binding class.
     */
    protected final <T> GuestPool<T> pool(int maxInstances, Function<Guest, T> bind) {
        if (threadConfined) {
            throw new IllegalStateException("a pool's instances serve many threads, so they cannot be "
                    + "threadConfined(): drop that option, or build() one confined instance per thread");
        }
        GuestFactory factory = factory();
        return new GuestPool<>(maxInstances, () -> factory.start(null), bind, callTimeout);
    }

    /** These options, fixed, with the module checked against the binding. */
    private GuestFactory factory() {
        PreparedModule prepared = module != null ? module : defaultModule();
        List<HostFunction> hostFunctions = new ArrayList<>();
        hostModules.values().forEach(hostFunctions::addAll);
        hostFunctions.addAll(extraHostFunctions);
        return new GuestFactory(binding, prepared, hostModules.keySet(), extraHostFunctions, hostFunctions,
                new GuestFactory.Options(engine, wasiOptions, programName(), maxMemoryPages, memoryKind.factory(),
                        callTimeout));
    }

    /** WASI's default {@code argv[0]}: the file name the module came from. */
    private String programName() {
        if (moduleFileName != null) {
            return moduleFileName;
        }
        String resource = binding.resource();
        return resource.substring(resource.lastIndexOf('/') + 1);
    }

    /**
     * The module these bytes hold, with the machine compiled at build time when they are the module it was compiled
     * from.
     *
     * @param fileName the file the bytes came from, or {@code null}
     */
    private PreparedModule prepare(String name, String fileName, byte[] wasm) {
        WasmModule parsed = Modules.parse(wasm, name);
        return new PreparedModule(name, parsed,
                buildTimeMachine != null && buildTimeMachine.compiledFrom(wasm) ? buildTimeMachine.factory() : null,
                FunctionNames.of(fileName, parsed.nameSection()));
    }

    /**
     * The {@code @WasmModule} resource. The compiler engine runs it on the machine compiled at build time, with
     * the stripped module, as long as the resource is still the module that machine was compiled from; the
     * interpreter needs the function bodies, so it gets the whole module. The stripped module has no names either:
     * a failed call reads them from the resource.
     */
    private PreparedModule defaultModule() {
        String resource = binding.resource();
        String fileName = FunctionNames.fileName(resource);
        if (engine == Engine.COMPILER && buildTimeMachine != null) {
            return DEFAULT_MODULES.get(bindingClass).computeIfAbsent(buildTimeMachine.metaResource(), meta -> {
                byte[] wasm = readResource(bindingClass, resource);
                return buildTimeMachine.compiledFrom(wasm)
                        ? new PreparedModule(resource, buildTimeMachine.module(bindingClass, wasm, resource),
                                buildTimeMachine.factory(), namesOnFailure(bindingClass, buildTimeMachine,
                                        resource))
                        : parsed(resource, fileName, wasm);
            });
        }
        return DEFAULT_MODULES.get(bindingClass).computeIfAbsent(resource,
                name -> parsed(name, fileName, readResource(bindingClass, name)));
    }

    /**
     * The function names of the resource a machine compiled at build time runs, read from the resource when a call
     * fails; none should it no longer be the module the machine was compiled from. Holds nothing of the builder: the
     * prepared module outlives it.
     */
    private static FunctionNames namesOnFailure(Class<?> bindingClass, BuildTimeMachine machine, String resource) {
        return FunctionNames.readOnFailure(FunctionNames.fileName(resource), () -> {
            byte[] wasm = readResource(bindingClass, resource);
            if (!machine.compiledFrom(wasm)) {
                throw new WasmBindException("`" + resource + "` changed since the binding loaded it");
            }
            return Modules.parseNames(wasm, resource).nameSection();
        });
    }

    private static PreparedModule parsed(String name, String fileName, byte[] wasm) {
        WasmModule parsed = Modules.parse(wasm, name);
        return new PreparedModule(name, parsed, null, FunctionNames.of(fileName, parsed.nameSection()));
    }

    private static byte[] readResource(Class<?> bindingClass, String resource) {
        ClassLoader loader = bindingClass.getClassLoader();
        try (InputStream in = loader == null ? null : loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new WasmBindException("the wasm module `" + resource + "` is not on the classpath of "
                        + bindingClass.getName() + ": put it under src/main/resources, or pass the module to "
                        + "builder().module(...)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new WasmBindException("cannot read the wasm module `" + resource + "` from the classpath of "
                    + bindingClass.getName() + ": " + e, e);
        }
    }
}
