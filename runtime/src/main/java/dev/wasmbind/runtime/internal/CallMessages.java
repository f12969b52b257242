package dev.wasmbind.runtime.internal;

import com.dylibso.chicory.runtime.Memory;
import java.math.BigDecimal;
import java.time.Duration;

/**
 * The texts of the runtime's call faults: why a call failed, what a pool's wait or a stripped module came to. The
 * runtime builds them here, and tests pin them here word for word.
 */
public final class CallMessages {
    /** How much of a nested failure a host function's failure quotes: its start and its end. */
    static final int MAX_QUOTED = 2000;
    private static final int QUOTED_HEAD = MAX_QUOTED / 2;

    private CallMessages() {}

    /**
     * A host function threw. A failure that ran through many nested calls quotes them all, so only the start and
     * the end of a long one are kept: the outermost levels and the root cause.
     */
    static String hostFunctionThrew(String moduleName, String importName, Throwable cause) {
        return "host function `" + moduleName + "." + importName + "` threw " + bounded(String.valueOf(cause));
    }

    /** The start and end of {@code text}, at most about {@link #MAX_QUOTED} characters in all. */
    static String bounded(String text) {
        if (text.length() <= MAX_QUOTED) {
            return text;
        }
        int tail = MAX_QUOTED - QUOTED_HEAD;
        return text.substring(0, QUOTED_HEAD) + " [... " + (text.length() - MAX_QUOTED) + " characters left out ...] "
                + text.substring(text.length() - tail);
    }

    /** The call passed its time limit, whatever code ran at that moment. */
    static String timeLimitPassed(Duration limit) {
        return "the call ran longer than its time limit of " + milliseconds(limit)
                + " (builder().callTimeout(...)) and was stopped";
    }

    static String interrupted() {
        return "the calling thread was interrupted, which stops the guest";
    }

    static String stackExhausted() {
        return "the guest exhausted the call stack";
    }

    static String heapExhausted(int memoryPages) {
        return "the JVM ran out of memory with the guest's memory at " + memoryPages + " pages ("
                + (long) memoryPages * Memory.PAGE_SIZE + " bytes); cap the guest's memory with "
                + "builder().maxMemoryPages(...), or give the JVM more heap";
    }

    /** A pool call waited for an instance until its whole time limit was gone. */
    static String poolWaitTimedOut(Duration limit, int maxInstances) {
        return "no instance of the pool became free within the call time limit of " + milliseconds(limit)
                + " (builder().callTimeout(...)), which covers the wait for an instance: every one of its "
                + maxInstances + " instances stayed busy; allow more instances, or a longer time limit";
    }

    /** The guest used a handle its instance does not hold; handles are unique across instances. */
    static String unknownHandle(int handle) {
        return "the guest used handle " + handle + ", which names no object of this instance: it was never handed "
                + "to this instance's guest (another instance's handles name nothing here), or the guest released "
                + "it already";
    }

    static String unknownReleasedHandle(int handle) {
        return "the guest released handle " + handle + ", which names no object of this instance: it was never "
                + "handed to this instance's guest, or released twice";
    }

    /** A duration in milliseconds, exact: a limit below one millisecond does not print as 0. */
    static String milliseconds(Duration duration) {
        BigDecimal millis = BigDecimal.valueOf(duration.toNanos(), 6).stripTrailingZeros();
        return millis.toPlainString() + " ms";
    }

    /** The stripped module beside a binding is not the one the build wrote; the whole module runs instead. */
    static String strippedModuleMismatch(String metaResource, String name) {
        return "`" + metaResource + "` is not the stripped module that the build compiled from " + name
                + " (its SHA-256 differs from the one recorded beside it); running the whole module instead, "
                + "which starts slower; rebuild the jar";
    }

    /** The stripped module is there, but its digest is not, or one of them cannot be read. */
    static String strippedModuleUnverifiable(String metaResource, String name, String why) {
        return "`" + metaResource + "` cannot be checked against the SHA-256 the build recorded for it (" + why
                + "); running the whole module " + name + " instead, which starts slower; rebuild the jar";
    }

    /**
     * Generated code asked for a function its binding does not declare: it was written for another binding, or by
     * hand.
     *
     * @param what the export or import, with the Java method it implements
     */
    static String notInBinding(String what, String bindingName) {
        return what + " is not part of the binding of " + bindingName
                + ": the calling code was generated for another binding; regenerate it with the wasmbind-processor "
                + "of the wasmbind-runtime on the class path";
    }
}
