package dev.wasmbind.runtime.internal;

import static dev.wasmbind.runtime.internal.Signatures.sig;
import dev.wasmbind.runtime.Engine;
import com.dylibso.chicory.runtime.HostFunction;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.wasm.types.FunctionType;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/** probe.wasm (see its .wat) started the way a generated binding starts it, with a host function that sees the instance. */
final class ProbeGuest {
    static final ExportSpec PROBE =
            ExportSpec.of("probe", "void probe()", Allocator.NONE, sig("() -> nil"));
    static final ExportSpec PRINT =
            ExportSpec.of("print", "void print(int fd)", Allocator.NONE, sig("(i32 fd) -> nil"));
    static final ExportSpec EXIT =
            ExportSpec.of("exit", "void exit(int code)", Allocator.ALLOCATE_AND_FREE_RESULT, sig("(i32 code) -> nil"));

    static final ModuleBinding BINDING = ModuleBinding.builder(RuntimeContract.V5, "test.Probe", "probe.wasm")
            .export(PROBE)
            .export(PRINT)
            // tests allocate in the scope of this call, so it needs the allocator
            .export(EXIT)
            .build();

    private ProbeGuest() {}

    /** Starts probe.wasm; {@code seen} receives the instance each time the guest calls probe.seen. */
    static Guest start(Engine engine, AtomicReference<Instance> seen) {
        return new GuestTest.TestBuilder(BINDING, engine).hostFunctions(seen(seen::set)).build();
    }

    /** The host function probe.seen, handing each instance that calls it to {@code onCall}. */
    static HostFunction seen(Consumer<Instance> onCall) {
        return new HostFunction("probe", "seen", FunctionType.empty(), (instance, args) -> {
            onCall.accept(instance);
            return null;
        });
    }

    static Guest start(Engine engine) {
        return start(engine, new AtomicReference<>());
    }
}
