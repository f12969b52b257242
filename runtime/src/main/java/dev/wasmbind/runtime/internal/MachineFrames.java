package dev.wasmbind.runtime.internal;

import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.InterpreterMachine;
import com.dylibso.chicory.runtime.MStack;
import com.dylibso.chicory.runtime.Machine;
import com.dylibso.chicory.runtime.StackFrame;
import com.dylibso.chicory.wasm.types.FunctionType;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.UndeclaredThrowableException;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.function.Function;

/**
 * Which Java frames of a failed call are the engine's running which wasm function: the one place that knows how
 * the engine's machines show up in a stack trace.
 *
 * <ul>
 *   <li>A compiled machine, made at run time or at build time, runs wasm function {@code n} as a static method
 *       {@code func_n} of a class named after the machine's own class ({@code <machine>FuncGroup_0}, ...); its
 *       other methods and classes (the call dispatch, the shaded helpers) are machinery.
 *   <li>The interpreter makes one Java call per wasm function, which does not say which function it runs; the
 *       {@link #interpreter()} this runtime starts records it for each frame a failure unwinds, innermost first.
 * </ul>
 *
 * Everything else under the engine's packages is machinery, and so is the JDK's code the engine calls (a stack
 * overflow may strike in it); frames of any other code (host functions, the binding, the caller) are the host's.
 */
final class MachineFrames {
    /** A frame of the host's own code: kept in the trace where it is. */
    static final int HOST = -1;
    /** A frame of the engine's machinery: left out of the trace. */
    static final int ENGINE = -2;

    /** The engine's root package and a dot: its runtime's package less the last segment. */
    private static final String ENGINE_PACKAGE = parent(Instance.class.getPackageName()) + ".";
    private static final String COMPILED_FUNCTION = "func_";
    /** Enough digits for any function index, which is below 2^31. */
    private static final int MAX_INDEX_DIGITS = 9;
    private static final String INTERPRETED_FUNCTION = "call";
    /** The prefixes of the JDK's module names. */
    private static final String JDK_MODULES = "java.";
    private static final String MORE_JDK_MODULES = "jdk.";

    private final String machineClass;
    /** What the interpreter recorded of the failure, or {@code null} for a compiled machine. */
    private final Unwound unwound;

    private MachineFrames(String machineClass, Unwound unwound) {
        this.machineClass = machineClass;
        this.unwound = unwound;
    }

    /** The interpreter that records the functions a failure unwinds; no different from the engine's otherwise. */
    static Function<Instance, Machine> interpreter() {
        return RecordingInterpreter::new;
    }

    /**
     * How the frames of the instance's machine read, with what it recorded of the failure being handled; the
     * interpreter starts a new record for the next failure, which may be that of a call around this one.
     */
    static MachineFrames take(Instance instance) {
        Machine machine = instance.getMachine();
        return new MachineFrames(machine.getClass().getName(),
                machine instanceof RecordingInterpreter interpreter ? interpreter.take() : null);
    }

    /**
     * The wasm function each frame runs, innermost first: its index, or {@link #HOST} or {@link #ENGINE}.
     *
     * @param frames the frames of a stack trace between the failure and the call's entry, in order
     * @param complete whether the frames reach the call's entry, or the JVM cut the trace off before
     */
    int[] functions(List<StackTraceElement> frames, boolean complete) {
        int[] functions = new int[frames.size()];
        boolean interpreted = unwound != null && unwound.matches(frames, complete);
        int next = 0;
        for (int i = 0; i < functions.length; i++) {
            StackTraceElement frame = frames.get(i);
            if (!frame.getClassName().startsWith(machineClass)) {
                functions[i] = frame.getClassName().startsWith(ENGINE_PACKAGE) ? ENGINE : HOST;
            } else if (unwound == null) {
                functions[i] = compiledFunction(frame.getMethodName());
            } else if (interpreted && isInterpreted(frame)) {
                functions[i] = unwound.function(next++);
            } else {
                functions[i] = ENGINE;
            }
        }
        // a frame of the JDK works for its caller: for the engine when the engine or a guest function called it
        for (int i = functions.length - 2; i >= 0; i--) {
            if (functions[i] == HOST && functions[i + 1] != HOST && isJdk(frames.get(i))) {
                functions[i] = ENGINE;
            }
        }
        return functions;
    }

    private static boolean isJdk(StackTraceElement frame) {
        String module = frame.getModuleName();
        return module != null && (module.startsWith(JDK_MODULES) || module.startsWith(MORE_JDK_MODULES));
    }

    /** {@code n} for the method {@code func_n}; {@link #ENGINE} for any other method of the machine. */
    private static int compiledFunction(String method) {
        int digits = method.length() - COMPILED_FUNCTION.length();
        if (!method.startsWith(COMPILED_FUNCTION) || digits < 1 || digits > MAX_INDEX_DIGITS) {
            return ENGINE;
        }
        for (int i = COMPILED_FUNCTION.length(); i < method.length(); i++) {
            if (method.charAt(i) < '0' || method.charAt(i) > '9') {
                return ENGINE;
            }
        }
        return Integer.parseInt(method, COMPILED_FUNCTION.length(), method.length(), 10);
    }

    private static boolean isInterpreted(StackTraceElement frame) {
        return frame.getClassName().equals(RecordingInterpreter.class.getName())
                && frame.getMethodName().equals(INTERPRETED_FUNCTION);
    }

    private static String parent(String packageName) {
        return packageName.substring(0, packageName.lastIndexOf('.'));
    }

    /**
     * The functions the frames a failure unwound ran, innermost first, of which the first
     * {@link GuestStackTrace#MAX_FRAMES} are kept.
     *
     * @param count how many frames it unwound
     */
    private record Unwound(int[] functions, int count) {
        /**
         * Whether the interpreter's frames among {@code frames} are the ones recorded: all of them when the trace
         * reaches the call's entry, the innermost ones when the JVM cut it off.
         */
        boolean matches(List<StackTraceElement> frames, boolean complete) {
            long interpreted = frames.stream().filter(MachineFrames::isInterpreted).count();
            return complete ? interpreted == count : interpreted <= count;
        }

        /** The function of the frame {@code index} unwound; {@link #ENGINE} for one beyond those kept. */
        int function(int index) {
            return index < functions.length ? functions[index] : ENGINE;
        }
    }

    /**
     * Chicory's interpreter, recording the index of each function a failure unwinds until the failure is
     * {@linkplain #take() taken}. Nothing runs while calls return normally: the record is made in the handler,
     * which only a throwing call enters.
     */
    private static final class RecordingInterpreter extends InterpreterMachine {
        /** The engine's {@code call} with reference arguments, where it has one (Endive); {@code null} on Chicory. */
        private static final MethodHandle SUPER_CALL_WITH_REFS = superCallWithRefs();

        private int[] unwound;
        private int count;

        RecordingInterpreter(Instance instance) {
            super(instance);
        }

        @Override
        protected long[] call(MStack stack, Instance instance, Deque<StackFrame> callStack, int funcId, long[] args,
                FunctionType callType, boolean popResults) {
            try {
                return super.call(stack, instance, callStack, funcId, args, callType, popResults);
            } catch (Throwable e) {
                record(funcId);
                throw e;
            }
        }

        /**
         * The same method as Endive declares it: Endive 1.0 added the reference arguments of WasmGC. Its flavour of
         * this class (relocated from these classes) overrides it here; Chicory's never calls it. The super call goes
         * through a method handle because Chicory, which this source compiles against, has no such method.
         */
        protected long[] call(MStack stack, Instance instance, Deque<StackFrame> callStack, int funcId, long[] args,
                Object[] refArgs, FunctionType callType, boolean popResults) {
            try {
                return (long[]) SUPER_CALL_WITH_REFS.invokeExact(
                        this, stack, instance, callStack, funcId, args, refArgs, callType, popResults);
            } catch (RuntimeException | Error e) {
                record(funcId);
                throw e;
            } catch (Throwable e) {
                // the engine's method declares no checked exception; a handle cannot promise that to javac
                record(funcId);
                throw new UndeclaredThrowableException(e);
            }
        }

        /**
         * Notes the function of a frame the failure unwinds. Its own frame is smaller than the engine's frame that
         * the handler's call had pushed, so it fits on a stack that overflowed deeper down.
         */
        private void record(int funcId) {
            if (unwound == null) {
                unwound = new int[GuestStackTrace.MAX_FRAMES];
            }
            if (count < unwound.length) {
                unwound[count] = funcId;
            }
            count++;
        }

        private static MethodHandle superCallWithRefs() {
            MethodType type = MethodType.methodType(long[].class, MStack.class, Instance.class, Deque.class,
                    int.class, long[].class, Object[].class, FunctionType.class, boolean.class);
            try {
                return MethodHandles.lookup().findSpecial(InterpreterMachine.class, "call", type,
                        RecordingInterpreter.class);
            } catch (NoSuchMethodException | IllegalAccessException chicory) {
                return null;
            }
        }

        /** What was recorded since the last take. */
        Unwound take() {
            Unwound taken = new Unwound(
                    unwound == null ? new int[0] : Arrays.copyOf(unwound, Math.min(count, unwound.length)), count);
            count = 0;
            return taken;
        }
    }
}
