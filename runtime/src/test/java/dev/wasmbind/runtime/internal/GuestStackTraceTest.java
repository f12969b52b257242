package dev.wasmbind.runtime.internal;

import static dev.wasmbind.runtime.internal.Signatures.sig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.dylibso.chicory.compiler.MachineFactoryCompiler;
import com.dylibso.chicory.runtime.HostFunction;
import com.dylibso.chicory.runtime.ImportValues;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.TrapException;
import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.FunctionType;
import com.dylibso.chicory.wasm.types.ValType;
import dev.wasmbind.runtime.Engine;
import dev.wasmbind.runtime.WasmCallException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToIntBiFunction;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The guest's frames in a failed call's trace, on the interpreter and the compiler, against traces.wat: which
 * throwable's trace shows them, how the engine's frames map to functions, and the traces left as they are.
 */
class GuestStackTraceTest {
    static final ExportSpec TRAP =
            ExportSpec.of("trap", "int trap(int depth)", Allocator.NONE, sig("(i32 depth) -> i32"));
    private static final ExportSpec VIA_HOST =
            ExportSpec.of("via_host", "int viaHost(int depth)", Allocator.NONE, sig("(i32 depth) -> i32"));
    private static final ExportSpec RECURSE =
            ExportSpec.of("recurse", "int recurse(int n)", Allocator.NONE, sig("(i32 n) -> i32"));
    private static final ModuleBinding TRACES = ModuleBinding.builder(RuntimeContract.V5, "test.Traces", "traces.wasm")
            .export(TRAP)
            .export(VIA_HOST)
            .export(RECURSE)
            .build();
    private static final String GUEST_FUNCTION = GuestFunction.class.getName();
    /** Made-up frames of a call's entry and of the code that called it. */
    private static final StackTraceElement ENTRY = frame(GUEST_FUNCTION, "call", 10);
    private static final StackTraceElement CALLER = frame("com.example.Caller", "run", 5);
    static final List<String> TRAP_FRAMES = List.of(
            "wasm.inner(traces:func 1)", "wasm.traces::middle(traces:func 2)", "wasm.trap(traces:func 3)");
    private static final List<String> HOST_CALL_FRAMES = List.of(
            "wasm.call_back(traces:func 0)", "wasm.via_host(traces:func 4)");

    /** What the host function env.call_back does with the instance that called it and its argument. */
    private ToIntBiFunction<Instance, Integer> callBack = (instance, depth) -> depth;

    private Guest start(Engine engine) {
        return new GuestTest.TestBuilder(TRACES, engine)
                .hostFunctions(callBack((instance, depth) -> callBack.applyAsInt(instance, depth)))
                .build();
    }

    /** traces.wasm's import env.call_back, doing {@code onCall} with the instance that called it and its argument. */
    static HostFunction callBack(ToIntBiFunction<Instance, Integer> onCall) {
        return new HostFunction("env", "call_back", FunctionType.of(List.of(ValType.I32), List.of(ValType.I32)),
                (instance, args) -> new long[] {onCall.applyAsInt(instance, (int) args[0])});
    }

    private static WasmCallException failure(Guest guest, ExportSpec export, int argument) {
        return catchThrowableOfType(() -> guest.function(export).callI32(argument), WasmCallException.class);
    }

    private static List<String> guestStack(WasmCallException e) {
        return e.guestStack().stream().map(StackTraceElement::toString).toList();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void namesTheFunctionsATrapRanThroughInnermostFirst(Engine engine) {
        try (Guest guest = start(engine)) {
            assertThat(guest.function(TRAP).callI32(0)).isEqualTo(2);
        }
        try (Guest guest = start(engine)) {
            WasmCallException e = failure(guest, TRAP, 1);

            assertThat(guestStack(e)).isEqualTo(TRAP_FRAMES);
            assertThat(Arrays.asList(e.getStackTrace()).subList(0, 3)).isEqualTo(e.guestStack());
            assertThat(e.getStackTrace()[3].getClassName()).as("the call's entry").isEqualTo(GUEST_FUNCTION);
            assertThat(e.getStackTrace()).as("the call's entry, once")
                    .filteredOn(frame -> frame.getClassName().equals(GUEST_FUNCTION)
                            && frame.getMethodName().equals("call"))
                    .hasSize(1);
            assertThat(e.getStackTrace()).as("the caller's frames")
                    .anyMatch(frame -> frame.getClassName().equals(GuestStackTraceTest.class.getName()));
            assertThat(e.getCause()).isInstanceOf(TrapException.class);
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void keepsTheHostFunctionsJavaFramesBetweenTheGuestFramesAroundThem(Engine engine) {
        try (Guest guest = start(engine)) {
            callBack = (instance, depth) -> guest.function(TRAP).callI32(depth);

            WasmCallException e = failure(guest, VIA_HOST, 1);

            assertThat(guestStack(e)).containsExactly(TRAP_FRAMES.get(0), TRAP_FRAMES.get(1), TRAP_FRAMES.get(2),
                    HOST_CALL_FRAMES.get(0), HOST_CALL_FRAMES.get(1));
            List<StackTraceElement> trace = Arrays.asList(e.getStackTrace());
            int host = indexOf(trace, GuestStackTraceTest.class.getName(), "lambda$");
            assertThat(host).isBetween(3, trace.indexOf(e.guestStack().get(3)));
            assertThat(trace.get(3).getClassName()).as("the nested call's entry").isEqualTo(GUEST_FUNCTION);
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void putsTheFramesOfAHostFunctionThatThrewFirst(Engine engine) {
        try (Guest guest = start(engine)) {
            callBack = (instance, depth) -> {
                throw new IllegalStateException("the host refuses");
            };

            WasmCallException e = failure(guest, VIA_HOST, 1);

            assertThat(e.getStackTrace()[0].getClassName()).isEqualTo(GuestStackTraceTest.class.getName());
            assertThat(guestStack(e)).isEqualTo(HOST_CALL_FRAMES);
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void showsOnlyTheOuterFramesWhenTheHostReplacedTheNestedFailure(Engine engine) {
        try (Guest guest = start(engine)) {
            callBack = (instance, depth) -> {
                try {
                    return guest.function(TRAP).callI32(depth);
                } catch (WasmCallException nested) {
                    throw new IllegalStateException("the host says no");
                }
            };

            WasmCallException e = failure(guest, VIA_HOST, 1);

            assertThat(guestStack(e)).isEqualTo(HOST_CALL_FRAMES);
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void showsNoFunctionItCannotTellAfterANestedCallThatBypassedTheBinding(Engine engine) {
        try (Guest guest = start(engine)) {
            callBack = (instance, depth) -> {
                try {
                    instance.export("trap").apply(depth);
                } catch (TrapException ignored) {
                    // the interpreter recorded the frames this trap unwound, and no failed call took them
                }
                throw new IllegalStateException("the host says no");
            };

            WasmCallException e = failure(guest, VIA_HOST, 1);

            // the interpreter's frames no longer match its record: no names rather than wrong ones
            assertThat(guestStack(e)).isEqualTo(engine == Engine.INTERPRETER ? List.of() : HOST_CALL_FRAMES);
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void showsTheInnermostHundredFramesOfADeeperStack(Engine engine) {
        try (Guest guest = start(engine)) {
            assertThat(failure(guest, RECURSE, 98).guestStack()).hasSize(99);
        }
        for (int n : new int[] {99, 100}) {
            try (Guest guest = start(engine)) {
                WasmCallException e = failure(guest, RECURSE, n);

                assertThat(guestStack(e)).hasSize(100).containsOnly("wasm.recurse(traces:func 5)");
                assertThat(e.getStackTrace()[100].getClassName()).isEqualTo(GUEST_FUNCTION);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void showsTheInnermostFramesOfAStackOverflow(Engine engine) {
        try (Guest guest = start(engine)) {
            WasmCallException e = failure(guest, RECURSE, Integer.MAX_VALUE);

            assertThat(guestStack(e)).hasSize(100).containsOnly("wasm.recurse(traces:func 5)");
        }
    }

    @Test
    void leavesTheTraceWhenNoFrameRunsAKnownFunction() {
        // Chicory's own interpreter records nothing
        Instance instance = Instance.builder(Parser.parse(GuestTest.resource("traces.wasm")))
                .withImportValues(ImportValues.builder().addFunction(callBack((called, depth) -> depth)).build())
                .withStart(false)
                .build();
        GuestOutput nowhere = new GuestOutput(OutputStream.nullOutputStream());
        try (Guest guest = Guest.start(instance, new Guest.GuestIo(null, nowhere, nowhere, null), TRACES, new AllocatorConvention.None(),
                FunctionNames.of(null, instance.module().nameSection()), 0, null)) {
            WasmCallException e = failure(guest, TRAP, 1);

            assertThat(e.guestStack()).isEmpty();
            assertThat(e.getStackTrace()[0].getClassName()).isEqualTo(Failures.class.getName());
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void leavesTheTraceOfAFailureMadeAwayFromTheCall(Engine engine) {
        try (Guest guest = start(engine)) {
            RuntimeException[] made = new RuntimeException[1];
            callBack = (instance, depth) -> {
                throw made[0];
            };
            // made on the very line of the call: its whole trace is the bottom of the call's, and none of it above
            ThrowingCallable call = () -> guest.function(VIA_HOST).callI32(keep(made, new IllegalStateException()));

            WasmCallException e = catchThrowableOfType(call, WasmCallException.class);

            assertThat(e.guestStack()).isEmpty();
            assertThat(e.getStackTrace()[0].getClassName()).isEqualTo(Failures.class.getName());
        }
    }

    /** Keeps {@code made} where the host function finds it, and passes 1. */
    private static int keep(RuntimeException[] holder, RuntimeException made) {
        holder[0] = made;
        return 1;
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void leavesAnExceptionMadeOutsideACall(Engine engine) {
        Instance[] seen = new Instance[1];
        try (Guest guest = start(engine)) {
            callBack = (instance, depth) -> {
                seen[0] = instance;
                return depth;
            };
            guest.function(VIA_HOST).callI32(1);
        }
        TrapException trap = new TrapException("trapped");
        WasmCallException made = new WasmCallException("trap", "trapped", trap);
        StackTraceElement[] before = made.getStackTrace();

        GuestStackTrace.attach(made, trap, seen[0], FunctionNames.of(null, null), false);

        assertThat(made.getStackTrace()).isEqualTo(before);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void followsNoMoreThanThirtyTwoCauses(Engine engine) {
        // the deepest cause made in the call shows where the failure started: the 32nd cause is followed
        WasmCallException e = failureWrapped(engine, 31);
        assertThat(e.getStackTrace()[0].getMethodName()).isEqualTo("madeDeeper");
        assertThat(guestStack(e)).isEqualTo(HOST_CALL_FRAMES);

        // the 33rd is not
        e = failureWrapped(engine, 32);
        assertThat(e.getStackTrace()[0].getMethodName()).startsWith("lambda$");
        assertThat(guestStack(e)).isEqualTo(HOST_CALL_FRAMES);
    }

    /** The failure of a call whose host function throws an exception made deeper, wrapped that many times. */
    private WasmCallException failureWrapped(Engine engine, int wrappers) {
        try (Guest guest = start(engine)) {
            callBack = (instance, depth) -> {
                RuntimeException cause = madeDeeper();
                for (int i = 0; i < wrappers; i++) {
                    cause = new IllegalStateException(cause);
                }
                throw cause;
            };
            return failure(guest, VIA_HOST, 1);
        }
    }

    private static RuntimeException madeDeeper() {
        return new IllegalStateException("the host refuses");
    }

    @Test
    void takesTheGuestFramesOfAFailureMadeInTheCallsEntryItself() {
        // the entry is the failure's very first frame
        Instance instance = compiledInstance();
        String machine = instance.getMachine().getClass().getName();
        WasmCallException failure = withTrace(new WasmCallException("trap", "trapped", null), ENTRY, CALLER);
        TrapException trap = withTrace(new TrapException("trapped"),
                frame(machine + "FuncGroup_0", "func_1", -1), frame(Failures.class.getName(), "trapped", 1),
                ENTRY, CALLER);

        GuestStackTrace.attach(failure, trap, instance, names(instance), false);

        assertThat(guestStack(failure)).containsExactly(TRAP_FRAMES.get(0));
        assertThat(failure.getStackTrace()).endsWith(ENTRY, CALLER);
    }

    @Test
    void takesTheGuestFramesOfACauseMadeAtTheCallsVeryEntry() {
        // a failure made on the line that called the guest: the cause's trace ends in all of the caller's frames
        Instance instance = compiledInstance();
        String machine = instance.getMachine().getClass().getName();
        WasmCallException failure = withTrace(new WasmCallException("trap", "trapped", null),
                frame(Failures.class.getName(), "trapped", 1), ENTRY, CALLER);
        TrapException trap = withTrace(new TrapException("trapped"),
                frame(machine + "FuncGroup_0", "func_1", -1), ENTRY, CALLER);

        GuestStackTrace.attach(failure, trap, instance, names(instance), false);

        assertThat(guestStack(failure)).containsExactly(TRAP_FRAMES.get(0));
        assertThat(failure.getStackTrace()).endsWith(ENTRY, CALLER);
    }

    @Test
    void leavesATraceThatDoesNotShowTheCallsEntry() {
        Instance instance = compiledInstance();
        String machine = instance.getMachine().getClass().getName();
        TrapException trap = withTrace(new TrapException("trapped"), frame(machine + "FuncGroup_0", "func_1", -1),
                frame(Failures.class.getName(), "trapped", 1), CALLER);

        // no frame of the call at all
        WasmCallException away = withTrace(new WasmCallException("trap", "trapped", trap),
                frame(Failures.class.getName(), "trapped", 2), CALLER);
        StackTraceElement[] before = away.getStackTrace();
        GuestStackTrace.attach(away, trap, instance, names(instance), false);
        assertThat(away.getStackTrace()).isEqualTo(before);

        // a direct call's entry is the binding's frame below the call's, which the JVM cut off
        WasmCallException cut = withTrace(new WasmCallException("trap", "trapped", trap),
                frame(Failures.class.getName(), "trapped", 2), ENTRY);
        before = cut.getStackTrace();
        GuestStackTrace.attach(cut, trap, instance, names(instance), true);
        assertThat(cut.getStackTrace()).isEqualTo(before);
    }

    @Test
    void namesTheInterpretedFunctionsOfAnOverflowWhoseTraceWasCutJustBelowThem() {
        Instance instance = Instance.builder(Parser.parse(GuestTest.resource("traces.wasm")))
                .withImportValues(ImportValues.builder().addFunction(callBack((called, depth) -> depth)).build())
                .withMachineFactory(MachineFrames.interpreter())
                .build();
        // the interpreter records the functions a trap unwinds, and the trap's trace shows its frame of each
        StackTraceElement[] trapped =
                catchThrowableOfType(() -> instance.export("trap").apply(1), TrapException.class).getStackTrace();
        int outermost = 0;
        for (int i = 0; i < trapped.length; i++) {
            if (trapped[i].getMethodName().equals("call")
                    && trapped[i].getClassName().startsWith(MachineFrames.class.getName())) {
                outermost = i;
            }
        }
        // a stack overflow whose trace the JVM cut off right below the outermost of those frames
        StackOverflowError overflow = withTrace(new StackOverflowError(),
                Arrays.copyOfRange(trapped, 0, outermost + 1));
        WasmCallException failure = withTrace(new WasmCallException("trap", "overflowed", overflow),
                frame(Failures.class.getName(), "trapped", 1), ENTRY, CALLER);

        GuestStackTrace.attach(failure, overflow, instance, names(instance), false);

        assertThat(guestStack(failure)).isEqualTo(TRAP_FRAMES);
    }

    private static StackTraceElement frame(String className, String method, int line) {
        return new StackTraceElement(className, method, null, line);
    }

    private static <T extends Throwable> T withTrace(T throwable, StackTraceElement... trace) {
        throwable.setStackTrace(trace);
        return throwable;
    }

    /** An instance of traces.wasm on Chicory's compiler. */
    private static Instance compiledInstance() {
        WasmModule traces = Parser.parse(GuestTest.resource("traces.wasm"));
        return Instance.builder(traces)
                .withImportValues(ImportValues.builder().addFunction(callBack((called, depth) -> depth)).build())
                .withMachineFactory(MachineFactoryCompiler.compile(traces))
                .build();
    }

    private static FunctionNames names(Instance instance) {
        return FunctionNames.of(null, instance.module().nameSection());
    }

    private static int indexOf(List<StackTraceElement> trace, String className, String methodPrefix) {
        for (int i = 0; i < trace.size(); i++) {
            StackTraceElement frame = trace.get(i);
            if (frame.getClassName().equals(className) && frame.getMethodName().startsWith(methodPrefix)) {
                return i;
            }
        }
        return -1;
    }
}
