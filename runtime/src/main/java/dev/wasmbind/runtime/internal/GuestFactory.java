package dev.wasmbind.runtime.internal;

import dev.wasmbind.runtime.InvalidModuleException;
import dev.wasmbind.runtime.WasmLinkException;
import dev.wasmbind.runtime.Engine;
import dev.wasmbind.runtime.WasmBindException;
import com.dylibso.chicory.runtime.HostFunction;
import com.dylibso.chicory.runtime.ImportFunction;
import com.dylibso.chicory.runtime.ImportValues;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Memory;
import com.dylibso.chicory.wasi.WasiOptions;
import com.dylibso.chicory.wasi.WasiPreview1;
import com.dylibso.chicory.wasm.types.MemoryLimits;
import com.dylibso.chicory.wasm.types.MemorySection;
import dev.wasmbind.runtime.internal.link.LinkCheck;
import dev.wasmbind.runtime.internal.link.LinkMessages;
import dev.wasmbind.runtime.internal.link.LinkProblem;
import java.io.OutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A builder's options, fixed and checked against the module: starts any number of instances, one per
 * {@link #start(Thread)}, each with its own WASI context and captured output, all sharing the compiled module.
 */
public final class GuestFactory {
    /**
     * @param engine how Chicory runs the guest
     * @param wasi the user's WASI options, or {@code null} for wasmbind's defaults
     * @param programName the guest's {@code argv[0]} unless the WASI options give arguments
     * @param maxMemoryPages the cap on guest memory, or 0 for the module's own maximum
     * @param memory makes the guest's memory, Chicory's byte-array or byte-buffer implementation
     * @param callTimeout the time limit of a call, or {@code null} for none
     */
    public record Options(
            Engine engine,
            WasiOptions wasi,
            String programName,
            int maxMemoryPages,
            Function<MemoryLimits, Memory> memory,
            Duration callTimeout) {}

    private final ModuleBinding binding;
    private final PreparedModule module;
    private final AllocatorConvention allocator;
    private final List<HostFunction> hostFunctions;
    private final Options options;
    private final MemoryLimits memoryLimits;
    /** Whether instances need a WASI context: only when the module imports from WASI. */
    private final boolean wasiImported;

    /** Checks the module against the binding; the options are fixed from here on. */
    public GuestFactory(
            ModuleBinding binding,
            PreparedModule module,
            Map<String, List<HostFunction>> hostModules,
            List<HostFunction> rawHostFunctions,
            Options options) {
        List<LinkProblem> errors =
                LinkCheck.atLoad(module.module(), module.name(), binding, hostModules.keySet(), rawHostFunctions);
        if (!errors.isEmpty()) {
            throw new WasmLinkException(LinkMessages.linkFailure(binding.interfaceName(), errors));
        }
        this.binding = binding;
        this.module = module;
        this.allocator = LinkCheck.allocator(module.module(), module.name(), binding);
        this.hostFunctions = hostFunctions(hostModules, rawHostFunctions,
                LinkCheck.slicesWithoutCapacity(module.module(), module.name(), binding));
        this.options = options;
        this.memoryLimits = memoryLimits(module, options.maxMemoryPages());
        this.wasiImported = Wasi.importedBy(module.module());
    }

    /**
     * The host interfaces' functions, each serving the type the module imports it with, then the raw ones as given.
     */
    private static List<HostFunction> hostFunctions(
            Map<String, List<HostFunction>> hostModules,
            List<HostFunction> rawHostFunctions,
            Map<LinkCheck.ImportName, ImportFit.WithoutCapacity> slicesWithoutCapacity) {
        List<HostFunction> functions = new ArrayList<>();
        for (List<HostFunction> hostModule : hostModules.values()) {
            for (HostFunction declared : hostModule) {
                ImportFit.WithoutCapacity fit =
                        slicesWithoutCapacity.get(new LinkCheck.ImportName(declared.module(), declared.name()));
                functions.add(fit == null ? declared : fit.serve(declared));
            }
        }
        functions.addAll(rawHostFunctions);
        return List.copyOf(functions);
    }

    /**
     * Instantiates the module and starts the guest.
     *
     * @param confinedTo the only thread that may use the instance, or {@code null} for any thread, one at a time
     */
    public Guest start(Thread confinedTo) {
        GuestOutput stdout = new GuestOutput(orNowhere(options.wasi() == null ? System.out : options.wasi().stdout()));
        GuestOutput stderr = new GuestOutput(orNowhere(options.wasi() == null ? System.err : options.wasi().stderr()));
        List<ImportFunction> functions = new ArrayList<>();
        WasiPreview1 wasi = null;
        if (wasiImported) {
            wasi = WasiPreview1.builder().withOptions(wasiOptions(stdout, stderr)).build();
            functions.addAll(Arrays.asList(wasi.toHostFunctions()));
        }
        functions.add(GuestHandles.releaseFunction());
        functions.addAll(hostFunctions);
        Instance.Builder instance = Instance.builder(module.module())
                .withImportValues(ImportValues.builder().withFunctions(functions).build())
                .withStart(false);
        if (memoryLimits != null) {
            instance.withMemoryLimits(memoryLimits);
        }
        instance.withMemoryFactory(options.memory());
        instance.withMachineFactory(module.machineFactory(options.engine()));
        CallDeadline deadline = options.callTimeout() == null ? null : new CallDeadline(options.callTimeout());
        Instance built;
        try {
            built = instance.build();
        } catch (RuntimeException | AssertionError | StackOverflowError e) {
            close(wasi);
            throw new InvalidModuleException(module.name(),
                    EngineFlavour.CURRENT.engineName() + " cannot instantiate it: " + Modules.describe(e), e);
        } catch (OutOfMemoryError e) {
            close(wasi);
            throw new WasmBindException("the JVM ran out of memory instantiating " + module.name()
                    + "; cap the guest's memory with builder().maxMemoryPages(...), or give the JVM more heap", e);
        }
        return Guest.start(built, new Guest.GuestIo(wasi, stdout, stderr, deadline), binding, allocator,
                module.functionNames(), module.staticDataFloor(), confinedTo);
    }

    /** The module's memory limits lowered to the cap, or {@code null} when there is no cap or no memory. */
    private static MemoryLimits memoryLimits(PreparedModule module, int maxPages) {
        MemorySection memories = module.module().memorySection().orElse(null);
        if (maxPages == 0 || memories == null || memories.memoryCount() == 0) {
            return null;
        }
        MemoryLimits declared = memories.getMemory(0).limits();
        if (declared.initialPages() > maxPages) {
            throw new WasmBindException(module.name() + " starts with " + declared.initialPages()
                    + " pages of memory, more than maxMemoryPages(" + maxPages + ") allows; raise the cap");
        }
        return new MemoryLimits(declared.initialPages(), Math.min(declared.maximumPages(), maxPages),
                declared.shared());
    }

    /**
     * The user's WASI options with the output streams replaced by the capturing ones. Chicory's options have no
     * copy-builder, so every option is carried over one by one.
     */
    private WasiOptions wasiOptions(OutputStream stdout, OutputStream stderr) {
        WasiOptions given = options.wasi();
        List<String> programOnly = List.of(options.programName());
        if (given == null) {
            return WasiOptions.builder().withStdout(stdout).withStderr(stderr).withArguments(programOnly).build();
        }
        WasiOptions.Builder copy = WasiOptions.builder()
                .withRandom(given.random())
                .withClock(given.clock())
                .withStdin(given.stdin(), given.stdinIsTty())
                .withStdout(stdout, given.stdoutIsTty())
                .withStderr(stderr, given.stderrIsTty())
                .withArguments(given.arguments().isEmpty() ? programOnly : given.arguments())
                .withThrowOnExit0(given.throwOnExit0());
        given.environment().forEach(copy::withEnvironment);
        given.directories().forEach(copy::withDirectory);
        return copy.build();
    }

    private static void close(WasiPreview1 wasi) {
        if (wasi != null) {
            wasi.close();
        }
    }

    private static OutputStream orNowhere(OutputStream stream) {
        return stream != null ? stream : OutputStream.nullOutputStream();
    }
}
