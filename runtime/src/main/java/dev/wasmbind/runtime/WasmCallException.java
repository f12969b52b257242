package dev.wasmbind.runtime;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A call into the guest ended abnormally: the guest trapped (a TinyGo panic ends in a trap), exited, ran out of
 * time or memory, was interrupted, or a host function it called threw. The cause is Chicory's exception, or the
 * host function's own. The instance the call ran on is unusable afterwards ({@link GuestPoisonedException}).
 *
 * <p>The stack trace shows where in the guest the call ended: the guest's functions, innermost first, as frames of
 * the class {@value #GUEST_FRAME_CLASS} named after the module's {@code name} section, for example
 * {@code at wasm.runtime.slicePanic(plugin.wasm:func 86)}, with the Java frames of host functions the guest called
 * in between, and then the caller's frames. {@link #guestStack()} lists the guest's frames alone.
 */
public class WasmCallException extends WasmBindException {
    private static final long serialVersionUID = 1L;

    /**
     * The class name of the guest's frames in the stack trace. A frame's method is the function's name from the
     * module's {@code name} section (Rust's mangled names demangled), or {@code func[<index>]} where the module
     * names none; its file is {@code <module file>:func <index>}.
     */
    public static final String GUEST_FRAME_CLASS = "wasm";

    private final String exportName;
    private final String guestPanic;

    /**
     * @param exportName the export that was called
     * @param reason what went wrong, completing "wasm export `name` failed: "
     * @param cause what Chicory or the host function threw
     */
    public WasmCallException(String exportName, String reason, Throwable cause) {
        this(exportName, null, "wasm export `" + exportName + "` failed: " + reason, cause);
    }

    WasmCallException(String exportName, String guestPanic, String message, Throwable cause) {
        super(message, cause);
        this.exportName = exportName;
        this.guestPanic = guestPanic;
    }

    /** The guest panicked: it printed {@code panic: <panic>} and trapped, as TinyGo does. */
    public static WasmCallException panicked(String exportName, String panic, Throwable cause) {
        return new WasmCallException(exportName, panic, "wasm export `" + exportName + "` panicked: " + panic, cause);
    }

    /** The guest export that was called (or {@code _start}/{@code _initialize} while the guest started). */
    public String exportName() {
        return exportName;
    }

    /**
     * The message of the guest's last {@code panic: …} line printed during the call, when the call ended with a
     * TinyGo panic; empty otherwise.
     */
    public Optional<String> guestPanic() {
        return Optional.ofNullable(guestPanic);
    }

    /**
     * The guest's functions that were running when the call ended, innermost first: the frames of the stack trace
     * whose class is {@value #GUEST_FRAME_CLASS}, at most the innermost 100. Empty when the engine left no trace of
     * them, as when the JVM ran out of heap.
     */
    public List<StackTraceElement> guestStack() {
        return Arrays.stream(getStackTrace())
                .filter(frame -> GUEST_FRAME_CLASS.equals(frame.getClassName()))
                .toList();
    }
}
