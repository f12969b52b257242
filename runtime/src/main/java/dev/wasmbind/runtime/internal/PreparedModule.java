package dev.wasmbind.runtime.internal;

import dev.wasmbind.runtime.Engine;
import com.dylibso.chicory.compiler.MachineFactoryCompiler;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Machine;
import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.ActiveDataSegment;
import com.dylibso.chicory.wasm.types.DataSegment;
import com.dylibso.chicory.wasm.types.Instruction;
import com.dylibso.chicory.wasm.types.OpCode;
import java.util.List;
import java.util.function.Function;

/**
 * A parsed module and, once asked for, its compiled machine factory. Compiling to bytecode is the costly part of
 * loading, and the factory serves any number of instances, so a binding's default module is prepared once; a
 * module compiled at build time comes with its factory.
 */
public final class PreparedModule {
    private final String name;
    private final WasmModule module;
    private final FunctionNames functionNames;
    private final int staticDataFloor;
    private volatile Function<Instance, Machine> compiled;
    private volatile boolean compilerFailed;

    /**
     * A module from no file, whose function names are its own.
     *
     * @param name how messages name the module
     */
    public PreparedModule(String name, WasmModule module) {
        this(name, module, null, FunctionNames.of(null, module.nameSection()));
    }

    /**
     * @param name how messages name the module
     * @param buildTimeFactory the factory of the machine compiled from this module at build time, or {@code null}
     *     to compile it when first asked for
     * @param functionNames the names of the module's functions, which a stripped module lacks
     */
    public PreparedModule(String name, WasmModule module, Function<Instance, Machine> buildTimeFactory,
            FunctionNames functionNames) {
        this.name = name;
        this.module = module;
        this.compiled = buildTimeFactory;
        this.functionNames = functionNames;
        this.staticDataFloor = staticDataFloor(module);
    }

    /** How messages name the module. */
    public String name() {
        return name;
    }

    /** The parsed module. */
    public WasmModule module() {
        return module;
    }

    /** The names of the module's functions, for the guest's frames of a failed call. */
    public FunctionNames functionNames() {
        return functionNames;
    }

    /**
     * The lowest address of the module's static data: where its lowest active data segment starts, or 0 when it has
     * none or one whose offset is not a constant. Linkers lay out memory as stack, data, heap (TinyGo and Rust) or
     * data, stack, heap (C), so a region a call hands back, which outlives the call, never starts below it.
     */
    public int staticDataFloor() {
        return staticDataFloor;
    }

    private static int staticDataFloor(WasmModule module) {
        long floor = Long.MAX_VALUE;
        for (DataSegment segment : module.dataSection().dataSegments()) {
            if (segment instanceof ActiveDataSegment active && active.index() == 0) {
                List<Instruction> offset = active.offsetInstructions();
                if (offset.size() != 1 || offset.get(0).opcode() != OpCode.I32_CONST) {
                    return 0; // placed at instantiation (global.get): the data may start anywhere
                }
                floor = Math.min(floor, Integer.toUnsignedLong((int) offset.get(0).operand(0)));
            }
        }
        return floor == Long.MAX_VALUE ? 0 : (int) floor;
    }

    /**
     * The machine factory for this engine. Where Chicory's compiler fails on a module, the interpreter runs it, with
     * a warning: the module may still be valid.
     */
    public Function<Instance, Machine> machineFactory(Engine engine) {
        if (engine == Engine.INTERPRETER || compilerFailed) {
            return MachineFrames.interpreter();
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
        return factory != null ? factory : MachineFrames.interpreter();
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
