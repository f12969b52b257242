package dev.wasmbind.runtime;

import com.dylibso.chicory.runtime.ExecutionCompletedException;
import com.dylibso.chicory.wasi.WasiExitException;
import java.util.function.IntConsumer;

/** Turns whatever a call into the guest threw into one of our exceptions that names the export. */
final class Failures {
    private Failures() {}

    /**
     * @param onExit told the exit code when the guest exited, so the instance can refuse further calls
     */
    static WasmCallException of(String exportName, Throwable thrown, IntConsumer onExit) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof WasiExitException) {
                int code = ((WasiExitException) t).exitCode();
                onExit.accept(code);
                return new GuestExitException(exportName, code, thrown);
            }
            if (t instanceof ExecutionCompletedException) {
                // Chicory's proc_exit(0) when WASI is not told to throw on a zero exit
                onExit.accept(0);
                return new GuestExitException(exportName, 0, thrown);
            }
            if (t instanceof HostFunctionException) {
                return new WasmCallException(exportName, t.getMessage(), t.getCause());
            }
        }
        if (thrown instanceof StackOverflowError) {
            return new WasmCallException(exportName, "the guest exhausted the call stack", thrown);
        }
        return new WasmCallException(exportName, String.valueOf(thrown.getMessage()), thrown);
    }
}
