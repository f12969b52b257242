package dev.wasmbind.runtime.internal;

import dev.wasmbind.runtime.Engine;
import com.dylibso.chicory.compiler.MachineFactoryCompiler;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Machine;
import com.dylibso.chicory.wasm.WasmModule;
import java.util.function.Function;

/**
 * A parsed module and, once asked for, its compiled machine factory. Compiling to bytecode is the costly part of
 * loading, and the factory serves any number of instances, so a binding's default module is prepared once; a
 * module compiled at build time comes with its factory.
 */
public final class PreparedModule {
    private final String name;
    private final WasmModule module;
    private volatile Function<Instance, Machine> compiled;
    private volatile boolean compilerFailed;

    /** @param name how messages name the module */
    public PreparedModule(String name, WasmModule module) {
        this(name, module, null);
    }

    /**
     * @param name how messages name the module
     * @param buildTimeFactory the factory of the machine compiled from this module at build time, or {@code null}
     *     to compile it when first asked for
     */
    public PreparedModule(String name, WasmModule module, Function<Instance, Machine> buildTimeFactory) {
        this.name = name;
        this.module = module;
        this.compiled = buildTimeFactory;
    }

    /** How messages name the module. */
    public String name() {
        return name;
    }

    /** The parsed module. */
    public WasmModule module() {
        return module;
    }

    /**
     * The machine factory for this engine; {@code null} asks Chicory for its default, the interpreter. Where
     * Chicory's compiler fails on a module, the interpreter runs it, with a warning: the module may still be valid.
     */
    public Function<Instance, Machine> machineFactory(Engine engine) {
        if (engine == Engine.INTERPRETER || compilerFailed) {
            return null;
        }
        Function<Instance, Machine> factory = compiled;
        if (factory == null) {
            synchronized (this) {
                factory = compiled;
                if (factory == null && !compilerFailed) {
                    factory = compile();
                    compiled = factory;
                }
            }
        }
        return factory;
    }

    private Function<Instance, Machine> compile() {
        try {
            return MachineFactoryCompiler.compile(module);
        } catch (RuntimeException | LinkageError | AssertionError | StackOverflowError e) {
            compilerFailed = true;
            // looked up only here: the first System.getLogger starts java.util.logging, tens of ms at start-up
            System.getLogger(PreparedModule.class.getName()).log(System.Logger.Level.WARNING,
                    EngineFlavour.CURRENT.engineName() + "'s compiler failed on " + name + " (" + Modules.describe(e)
                            + "); running it on the interpreter instead", e);
            return null;
        }
    }
}
