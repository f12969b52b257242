package dev.wasmbind.runtime;

import com.dylibso.chicory.compiler.MachineFactoryCompiler;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Machine;
import com.dylibso.chicory.wasm.WasmModule;
import java.util.function.Function;

/**
 * A parsed module and, once asked for, its compiled machine factory. Compiling to bytecode is the costly part of
 * loading, and the factory serves any number of instances, so a binding's default module is prepared once.
 */
final class PreparedModule {
    private final String name;
    private final WasmModule module;
    private volatile Function<Instance, Machine> compiled;

    PreparedModule(String name, WasmModule module) {
        this.name = name;
        this.module = module;
    }

    String name() {
        return name;
    }

    WasmModule module() {
        return module;
    }

    /** The machine factory for this engine; {@code null} asks Chicory for its default, the interpreter. */
    Function<Instance, Machine> machineFactory(Engine engine) {
        if (engine == Engine.INTERPRETER) {
            return null;
        }
        Function<Instance, Machine> factory = compiled;
        if (factory == null) {
            synchronized (this) {
                factory = compiled;
                if (factory == null) {
                    factory = MachineFactoryCompiler.compile(module);
                    compiled = factory;
                }
            }
        }
        return factory;
    }
}
