package dev.wasmbind.runtime.internal;

import dev.wasmbind.runtime.GuestExitException;
import dev.wasmbind.runtime.WasmCallException;
import com.dylibso.chicory.runtime.ChicoryInterruptedException;
import com.dylibso.chicory.runtime.ExecutionCompletedException;
import com.dylibso.chicory.runtime.Memory;
import com.dylibso.chicory.wasi.WasiExitException;
import java.time.Duration;

/** Turns whatever a call into the guest threw into one of our exceptions that names the export and says why. */
final class Failures {
    private Failures() {}

    /**
     * What the instance knows about the failed call.
     *
     * @param panic the message of the guest's last {@code panic: …} line during the call, or {@code null}
     * @param timeLimit the call time limit when it expired during the call, or {@code null}
     * @param memoryPages the guest's memory size when the call ended
     */
    record Context(String panic, Duration timeLimit, int memoryPages) {}

    static WasmCallException of(String exportName, Throwable thrown, Context context) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof WasiExitException exit) {
                return new GuestExitException(exportName, exit.exitCode(), thrown);
            }
            if (t instanceof ExecutionCompletedException) {
                // Chicory's proc_exit(0) when WASI is not told to throw on a zero exit
                return new GuestExitException(exportName, 0, thrown);
            }
            if (t instanceof HostFunctionException) {
                return new WasmCallException(exportName, t.getMessage(), t.getCause());
            }
        }
        if (thrown instanceof ChicoryInterruptedException) {
            return new WasmCallException(exportName, context.timeLimit() != null
                    ? "the call ran longer than its time limit of " + context.timeLimit().toMillis()
                            + " ms (builder().callTimeout(...)) and was stopped"
                    : "the calling thread was interrupted, which stops the guest", thrown);
        }
        if (thrown instanceof StackOverflowError) {
            return new WasmCallException(exportName, "the guest exhausted the call stack", thrown);
        }
        if (thrown instanceof OutOfMemoryError) {
            return new WasmCallException(exportName, "the JVM ran out of memory with the guest's memory at "
                    + context.memoryPages() + " pages (" + (long) context.memoryPages() * Memory.PAGE_SIZE
                    + " bytes); cap the guest's memory with builder().maxMemoryPages(...), or give the JVM more heap",
                    thrown);
        }
        if (context.panic() != null) {
            return WasmCallException.panicked(exportName, context.panic(), thrown);
        }
        return new WasmCallException(exportName, String.valueOf(thrown.getMessage()), thrown);
    }
}
