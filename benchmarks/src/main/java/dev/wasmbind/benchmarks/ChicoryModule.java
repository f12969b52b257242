package dev.wasmbind.benchmarks;

import com.dylibso.chicory.compiler.MachineFactoryCompiler;
import com.dylibso.chicory.runtime.ImportValues;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Machine;
import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.Function;

/**
 * A module parsed with Chicory alone, and compiled once when asked: what any number of hand-written instances
 * share, as generated bindings share their default module.
 *
 * @param machineFactory Chicory's compiled machine, or {@code null} for its interpreter
 */
record ChicoryModule(WasmModule module, Function<Instance, Machine> machineFactory) {
    static final String BENCH = "bench.wasm";
    static final String LARGE = "large.wasm";

    /** Parses a module on this class's classpath and, if {@code compiled}, compiles it to bytecode. */
    static ChicoryModule load(String resource, boolean compiled) {
        WasmModule module;
        try (InputStream in = ChicoryModule.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the classpath");
            }
            module = Parser.parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ChicoryModule(module, compiled ? MachineFactoryCompiler.compile(module) : null);
    }

    /** A new instance, after the reactor's {@code _initialize}, which a TinyGo reactor needs before any export. */
    Instance start(ImportValues imports) {
        Instance.Builder builder = Instance.builder(module).withImportValues(imports);
        if (machineFactory != null) {
            builder.withMachineFactory(machineFactory);
        }
        Instance instance = builder.build();
        instance.export("_initialize").apply();
        return instance;
    }
}
