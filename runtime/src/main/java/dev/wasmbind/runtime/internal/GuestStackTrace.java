package dev.wasmbind.runtime.internal;

import com.dylibso.chicory.runtime.Instance;
import dev.wasmbind.runtime.WasmBindException;
import dev.wasmbind.runtime.WasmCallException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Gives the exception of a failed call the guest's call stack: its trace becomes the guest's frames, innermost first,
 * with the host functions' Java frames between them where they ran, followed by the caller's frames from the
 * binding on. Computed only for a failed call, from the stack trace of what the call threw: the engine's frames in
 * it say which wasm functions were running ({@link MachineFrames}).
 */
final class GuestStackTrace {
    /** The most guest frames a trace shows: the innermost ones. */
    static final int MAX_FRAMES = 100;
    /** The most causes followed, against a chain that loops. */
    private static final int MAX_CAUSES = 32;

    private GuestStackTrace() {}

    /**
     * Replaces the trace of {@code failure} with the guest's stack when {@code thrown} tells it; otherwise leaves it.
     *
     * @param failure the exception made of {@code thrown}, by the call that {@code thrown} ended
     * @param thrown what the call into the guest threw
     * @param instance the instance the call ran on
     * @param names the names of the module's functions
     * @param direct whether the binding called the compiled function itself: then the call's entry is the
     *     binding's frame below the {@link GuestFunction} that ended the call, not that function's own
     */
    static void attach(WasmCallException failure, Throwable thrown, Instance instance, FunctionNames names,
            boolean direct) {
        MachineFrames machine = MachineFrames.take(instance);
        StackTraceElement[] own = failure.getStackTrace();
        int entry = entry(own, direct);
        if (entry < 0) {
            return;
        }
        List<StackTraceElement> caller = Arrays.asList(own).subList(entry, own.length);
        Origin origin = origin(thrown, caller);
        if (origin == null) {
            return;
        }
        int[] functions = machine.functions(origin.guestFrames(), origin.complete());
        List<StackTraceElement> trace = new ArrayList<>();
        int guestFrames = 0;
        for (int i = 0; i < functions.length && guestFrames < MAX_FRAMES; i++) {
            StackTraceElement frame = functions[i] >= 0 ? names.frame(functions[i]) : origin.guestFrames().get(i);
            if (functions[i] != MachineFrames.ENGINE) {
                trace.add(frame);
                if (frame.getClassName().equals(WasmCallException.GUEST_FRAME_CLASS)) {
                    guestFrames++;
                }
            }
        }
        if (guestFrames == 0) {
            return;
        }
        trace.addAll(caller);
        failure.setStackTrace(trace.toArray(StackTraceElement[]::new));
    }

    /**
     * The frames of a throwable's trace that show the guest.
     *
     * @param guestFrames its frames above the call's entry, innermost first
     * @param complete whether they reach the call's entry; a stack overflow's trace is cut off before
     */
    private record Origin(List<StackTraceElement> guestFrames, boolean complete) {}

    /**
     * Where the failure started: of {@code thrown} and its causes, the deepest made on the stack of this call, or
     * a stack overflow, whose trace the JVM cuts off before it reaches the call. The causes are followed to the
     * first of our own exceptions, which already shows the guest's frames of a call nested in this one.
     */
    private static Origin origin(Throwable thrown, List<StackTraceElement> caller) {
        Origin deepest = null;
        Throwable cause = thrown;
        for (int i = 0; i < MAX_CAUSES && cause != null; i++) {
            StackTraceElement[] frames = cause.getStackTrace();
            int common = commonSuffix(frames, caller);
            // all of the caller's frames below its entry: the guest ran above them when this was made
            if (common >= caller.size() - 1) {
                deepest = new Origin(aboveEntry(frames, frames.length - common, caller.get(0)), true);
            } else if (cause instanceof StackOverflowError) {
                deepest = new Origin(aboveEntry(frames, frames.length, caller.get(0)), false);
            }
            if (cause instanceof WasmBindException) {
                break;
            }
            cause = cause.getCause();
        }
        return deepest;
    }

    /** The first {@code end} frames, less the frames of the call's entry, the caller's first, at their end. */
    private static List<StackTraceElement> aboveEntry(StackTraceElement[] frames, int end, StackTraceElement entry) {
        int above = end;
        while (above > 0 && sameMethod(frames[above - 1], entry)) {
            above--;
        }
        return Arrays.asList(frames).subList(0, above);
    }

    /** The same method, at whatever line: where the call went in, and where it ended. */
    private static boolean sameMethod(StackTraceElement frame, StackTraceElement entry) {
        return frame.getClassName().equals(entry.getClassName()) && frame.getMethodName().equals(entry.getMethodName());
    }

    /** How many frames at the bottom of {@code frames} are the same as at the bottom of {@code caller}. */
    private static int commonSuffix(StackTraceElement[] frames, List<StackTraceElement> caller) {
        int common = 0;
        while (common < frames.length && common < caller.size()
                && frames[frames.length - 1 - common].equals(caller.get(caller.size() - 1 - common))) {
            common++;
        }
        return common;
    }

    /**
     * The index of the call's entry among the exception's own frames, below those that made the exception: the
     * first {@link GuestFunction} frame, or for a direct call the binding's frame below it.
     */
    private static int entry(StackTraceElement[] own, boolean direct) {
        for (int i = 0; i < own.length; i++) {
            if (own[i].getClassName().equals(GuestFunction.class.getName())) {
                int entry = direct ? i + 1 : i;
                return entry < own.length ? entry : -1;
            }
        }
        return -1;
    }
}
