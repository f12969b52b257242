package dev.wasmbind.runtime.internal;

import dev.wasmbind.runtime.Engine;
import dev.wasmbind.runtime.GuestBuilder;
import dev.wasmbind.runtime.LeakCheck;
import dev.wasmbind.runtime.MemoryKind;
import dev.wasmbind.runtime.WasmBindException;
import com.dylibso.chicory.runtime.ByteArrayMemory;
import com.dylibso.chicory.runtime.ByteBufferMemory;
import com.dylibso.chicory.runtime.HostFunction;
import com.dylibso.chicory.runtime.Memory;
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
import java.util.function.Supplier;

/**
 * The options of {@link GuestBuilder}, held for one generated binding's {@code Builder}, which extends this class,
 * and how they become instances and pools.
 *
 * @param <B> the generated builder, returned by every setter
 */
public abstract class BindingBuilder<B extends GuestBuilder<B>> implements GuestBuilder<B> {
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
    protected BindingBuilder(Class<?> bindingClass, ModuleBinding binding, Engine defaultEngine) {
        this(bindingClass, binding, defaultEngine, null);
    }

    /**
     * @param bindingClass the generated binding class, whose class loader finds the default module
     * @param binding what the binding expects of the module
     * @param defaultEngine the engine used unless {@link #engine} says otherwise
     * @param buildTimeMachine the compiler engine's machine for the module the processor saw, or {@code null}
     *     where it saw none: it runs the default module, and any given module with the same bytes
     */
    protected BindingBuilder(Class<?> bindingClass, ModuleBinding binding, Engine defaultEngine,
            BuildTimeMachine buildTimeMachine) {
        this.bindingClass = bindingClass;
        this.binding = binding;
        this.engine = defaultEngine;
        this.buildTimeMachine = buildTimeMachine;
    }

    /** This builder, as the generated subclass. */
    protected abstract B self();

    @Override
    public B module(byte[] wasm) {
        Objects.requireNonNull(wasm, "wasm");
        this.module = prepare(GIVEN_MODULE, null, wasm);
        this.moduleFileName = null;
        return self();
    }

    @Override
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

    @Override
    public B module(InputStream wasm) {
        Objects.requireNonNull(wasm, "wasm");
        try {
            return module(wasm.readAllBytes());
        } catch (IOException e) {
            throw new WasmBindException("cannot read the wasm module from the stream: " + e, e);
        }
    }

    @Override
    public B module(WasmModule wasm) {
        this.module = new PreparedModule(GIVEN_MODULE, Objects.requireNonNull(wasm, "wasm"));
        this.moduleFileName = null;
        return self();
    }

    @Override
    public B wasi(WasiOptions options) {
        this.wasiOptions = Objects.requireNonNull(options, "options");
        return self();
    }

    @Override
    public B engine(Engine engine) {
        this.engine = Objects.requireNonNull(engine, "engine");
        return self();
    }

    @Override
    public B hostFunctions(HostFunction... functions) {
        extraHostFunctions.addAll(Arrays.asList(functions));
        return self();
    }

    @Override
    public B maxMemoryPages(int pages) {
        if (pages < 1 || pages > MemoryLimits.MAX_PAGES) {
            throw new IllegalArgumentException(
                    "maxMemoryPages must be from 1 to " + MemoryLimits.MAX_PAGES + " (4 GiB), not " + pages);
        }
        this.maxMemoryPages = pages;
        return self();
    }

    @Override
    public B memory(MemoryKind kind) {
        this.memoryKind = Objects.requireNonNull(kind, "kind");
        return self();
    }

    @Override
    public B callTimeout(Duration timeout) {
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("callTimeout must be positive, not " + timeout);
        }
        this.callTimeout = timeout;
        return self();
    }

    @Override
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
     * What {@code load} returns, with each instance that starts on this thread meanwhile told to {@code started}:
     * how a {@link LeakCheck} finds the one instance it measures.
     */
    public static <T> T watchingStarts(Supplier<T> load, Consumer<Guest> started) {
        STARTED_ON_THIS_THREAD.set(started);
        try {
            return load.get();
        } finally {
            STARTED_ON_THIS_THREAD.remove();
        }
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
        return new GuestFactory(binding, prepared, hostModules, extraHostFunctions,
                new GuestFactory.Options(engine, wasiOptions, programName(), maxMemoryPages, memoryFactory(memoryKind),
                        callTimeout));
    }

    /**
     * What Chicory's instance builder takes to make the memory; chosen in a switch so that only the kind in use
     * links its constructor reference at start-up.
     */
    private static Function<MemoryLimits, Memory> memoryFactory(MemoryKind kind) {
        return switch (kind) {
            case BYTE_ARRAY -> ByteArrayMemory::new;
            case BYTE_BUFFER -> ByteBufferMemory::new;
        };
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
                return buildTimeMachine.moduleIfCompiledFrom(bindingClass, wasm, resource)
                        .map(module -> new PreparedModule(resource, module, buildTimeMachine.factory(),
                                namesOnFailure(bindingClass, buildTimeMachine, resource)))
                        .orElseGet(() -> parsed(resource, fileName, wasm));
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
