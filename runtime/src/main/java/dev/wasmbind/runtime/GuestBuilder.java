package dev.wasmbind.runtime;

import com.dylibso.chicory.runtime.HostFunction;
import com.dylibso.chicory.runtime.ImportFunction;
import com.dylibso.chicory.runtime.ImportValues;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Machine;
import com.dylibso.chicory.wasi.WasiOptions;
import com.dylibso.chicory.wasi.WasiPreview1;
import com.dylibso.chicory.wasm.ChicoryException;
import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;
import dev.wasmbind.runtime.link.LinkCheck;
import dev.wasmbind.runtime.link.LinkProblem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Options of one guest instance, extended by each generated binding's {@code Builder}: where the module comes
 * from (by default the {@code @WasmModule} classpath resource), WASI, the engine, and host functions.
 *
 * @param <B> the generated builder, returned by every setter
 */
public abstract class GuestBuilder<B extends GuestBuilder<B>> {
    /** The default module of each generated binding class, parsed and compiled at most once. */
    private static final ClassValue<Map<String, PreparedModule>> DEFAULT_MODULES = new ClassValue<>() {
        @Override
        protected Map<String, PreparedModule> computeValue(Class<?> bindingClass) {
            return new ConcurrentHashMap<>();
        }
    };

    /** How messages name a module passed as bytes or parsed, which has no file name. */
    private static final String GIVEN_MODULE = "the given module";

    private final Class<?> bindingClass;
    private final ModuleBinding binding;
    private Engine engine;
    private PreparedModule module;
    private WasiOptions wasiOptions;
    private final List<HostFunction> extraHostFunctions = new ArrayList<>();
    private final Map<String, List<HostFunction>> hostModules = new LinkedHashMap<>();

    protected GuestBuilder(Class<?> bindingClass, ModuleBinding binding, Engine defaultEngine) {
        this.bindingClass = bindingClass;
        this.binding = binding;
        this.engine = defaultEngine;
    }

    protected abstract B self();

    /** Uses this module instead of the {@code @WasmModule} resource. */
    public B module(byte[] wasm) {
        Objects.requireNonNull(wasm, "wasm");
        this.module = new PreparedModule(GIVEN_MODULE, parse(wasm, GIVEN_MODULE));
        return self();
    }

    public B module(Path wasm) {
        Objects.requireNonNull(wasm, "wasm");
        String name = String.valueOf(wasm.getFileName());
        try {
            this.module = new PreparedModule(name, parse(Files.readAllBytes(wasm), name));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read wasm module " + wasm, e);
        }
        return self();
    }

    /** Reads the stream to its end; the caller closes it. */
    public B module(InputStream wasm) {
        Objects.requireNonNull(wasm, "wasm");
        try {
            return module(wasm.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read wasm module", e);
        }
    }

    /** A module Chicory already parsed. */
    public B module(WasmModule wasm) {
        this.module = new PreparedModule(GIVEN_MODULE, Objects.requireNonNull(wasm, "wasm"));
        return self();
    }

    /** WASI preview 1 options; by default the guest's stdout and stderr go to {@link System#out} and {@link System#err}. */
    public B wasi(WasiOptions options) {
        this.wasiOptions = Objects.requireNonNull(options, "options");
        return self();
    }

    public B engine(Engine engine) {
        this.engine = Objects.requireNonNull(engine, "engine");
        return self();
    }

    /** Chicory host functions for imports that no typed host interface covers; may be called repeatedly. */
    public B hostFunctions(HostFunction... functions) {
        extraHostFunctions.addAll(Arrays.asList(functions));
        return self();
    }

    /** The implementation of one {@code @HostModule} interface, adapted by generated code. */
    protected B hostModule(String moduleName, List<HostFunction> functions) {
        hostModules.put(moduleName, List.copyOf(functions));
        return self();
    }

    /** Checks the module against the binding, instantiates it and starts the guest. */
    protected final Guest instantiate() {
        PreparedModule prepared = module != null ? module : defaultModule();
        List<LinkProblem> errors = LinkCheck.atLoad(
                prepared.module(), prepared.name(), binding, hostModules.keySet(), extraHostFunctions);
        if (!errors.isEmpty()) {
            throw new WasmLinkException(binding.interfaceName(), errors);
        }
        WasiPreview1 wasi = WasiPreview1.builder().withOptions(wasiOptions()).build();
        List<ImportFunction> functions = new ArrayList<>(Arrays.asList(wasi.toHostFunctions()));
        hostModules.values().forEach(functions::addAll);
        functions.addAll(extraHostFunctions);
        ImportValues imports = ImportValues.builder().withFunctions(functions).build();
        Instance.Builder instance = Instance.builder(prepared.module()).withImportValues(imports).withStart(false);
        Function<Instance, Machine> machineFactory = prepared.machineFactory(engine);
        if (machineFactory != null) {
            instance.withMachineFactory(machineFactory);
        }
        try {
            return Guest.start(instance.build(), wasi, binding);
        } catch (ChicoryException e) {
            wasi.close();
            throw new WasmBindException("cannot instantiate " + prepared.name() + ": " + e.getMessage(), e);
        }
    }

    private WasiOptions wasiOptions() {
        if (wasiOptions != null) {
            return wasiOptions;
        }
        return WasiOptions.builder().withStdout(System.out).withStderr(System.err).build();
    }

    private PreparedModule defaultModule() {
        return DEFAULT_MODULES.get(bindingClass).computeIfAbsent(binding.resource(), this::loadResource);
    }

    private PreparedModule loadResource(String resource) {
        ClassLoader loader = bindingClass.getClassLoader();
        try (InputStream in = loader == null ? null : loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new WasmBindException("the wasm module `" + resource + "` is not on the classpath of "
                        + bindingClass.getName() + ": put it under src/main/resources, or pass the module to "
                        + "builder().module(...)");
            }
            return new PreparedModule(resource, parse(in.readAllBytes(), resource));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read wasm module " + resource, e);
        }
    }

    private static WasmModule parse(byte[] wasm, String name) {
        try {
            return Parser.parse(wasm);
        } catch (ChicoryException e) {
            throw new WasmBindException(name + " is not a valid wasm module: " + e.getMessage(), e);
        }
    }
}
