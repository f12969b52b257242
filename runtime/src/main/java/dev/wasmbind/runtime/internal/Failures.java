package dev.wasmbind.runtime.internal;

import dev.wasmbind.runtime.GuestExitException;
import dev.wasmbind.runtime.WasmBindException;
import dev.wasmbind.runtime.WasmCallException;
import com.dylibso.chicory.runtime.ChicoryInterruptedException;
import com.dylibso.chicory.runtime.ExecutionCompletedException;
import com.dylibso.chicory.runtime.TrapException;
import com.dylibso.chicory.runtime.WasmRuntimeException;
import com.dylibso.chicory.wasi.WasiExitException;
import com.dylibso.chicory.wasm.ChicoryException;
import java.time.Duration;

/** Turns whatever a call into the guest threw into one of our exceptions that names the export and says why. */
final class Failures {
    /**
     * How deep a chain of nested failures may grow (host functions calling back into the guest) before its middle is
     * left out: the outermost levels and the last ones, down to the root cause, stay.
     */
    static final int MAX_CHAIN = 16;
    static final int KEPT_LAST = 8;

    private Failures() {}

    /**
     * What the instance knows about the failed call.
     *
     * @param panic the message of the guest's last {@code panic: …} line during the call, or {@code null}
     * @param timeLimit the call time limit when it expired during the call, or {@code null}
     * @param memoryPages the guest's memory size when the call ended
     */
    record Context(String panic, Duration timeLimit, int memoryPages) {}

    /**
     * @param thrown what the call threw, or {@code null} when it returned after its time limit had passed
     */
    static WasmCallException of(String exportName, Throwable thrown, Context context) {
        if (context.timeLimit() != null) {
            // whatever code ran when the limit passed, and however it reacted to the interrupt
            return new WasmCallException(exportName, CallMessages.timeLimitPassed(context.timeLimit()), thrown);
        }
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof WasiExitException exit) {
                return new GuestExitException(exportName, exit.exitCode(), thrown);
            }
            if (t instanceof ExecutionCompletedException) {
                // Chicory's proc_exit(0) when WASI is not told to throw on a zero exit
                return new GuestExitException(exportName, 0, thrown);
            }
            if (t instanceof HostFunctionException) {
                Throwable hostThrew = boundedChain(t.getCause());
                // the guest trapped under the host function, as when its allocator panics on a result
                return context.panic() != null && trapped(hostThrew)
                        ? WasmCallException.panicked(exportName, context.panic(), hostThrew)
                        : new WasmCallException(exportName, t.getMessage(), hostThrew);
            }
        }
        if (thrown instanceof ChicoryInterruptedException) {
            return new WasmCallException(exportName, CallMessages.interrupted(), thrown);
        }
        if (thrown instanceof StackOverflowError) {
            return new WasmCallException(exportName, CallMessages.stackExhausted(), thrown);
        }
        if (thrown instanceof OutOfMemoryError) {
            return new WasmCallException(exportName, CallMessages.heapExhausted(context.memoryPages()), thrown);
        }
        if (context.panic() != null) {
            return WasmCallException.panicked(exportName, context.panic(), thrown);
        }
        return new WasmCallException(exportName, describe(thrown), thrown);
    }

    /**
     * Chicory's and wasmbind's own messages say what happened; anything else, such as what a raw host function
     * threw, needs its class name to mean something.
     */
    private static String describe(Throwable thrown) {
        return thrown instanceof ChicoryException || thrown instanceof WasmBindException
                ? String.valueOf(thrown.getMessage())
                : thrown.toString();
    }

    /** Whether the guest trapped somewhere down the chain: a trap, an out-of-bounds access, a nested panic. */
    private static boolean trapped(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof TrapException || t instanceof WasmRuntimeException) {
                return true;
            }
        }
        return false;
    }

    /**
     * The chain itself, or, once it is {@link #MAX_CHAIN} deep, its last {@link #KEPT_LAST} levels: each host
     * function that calls back into the guest adds a level, and a runaway recursion would add hundreds.
     */
    static Throwable boundedChain(Throwable thrown) {
        int depth = 0;
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            depth++;
        }
        if (depth < MAX_CHAIN) {
            return thrown;
        }
        Throwable last = thrown;
        for (int i = depth - KEPT_LAST; i > 0; i--) {
            last = last.getCause();
        }
        return last;
    }
}
