package dev.wasmbind.runtime.internal;

import com.dylibso.chicory.wasm.types.NameCustomSection;
import dev.wasmbind.runtime.WasmCallException;
import java.util.function.Supplier;

/**
 * The names a module gives its functions in its {@code name} section, as the frames of a failed call's guest
 * stack show them. Looked up only when a call fails: a module whose names are not at hand (the stripped module a
 * machine compiled at build time runs) reads them then, once.
 */
public final class FunctionNames {
    /** How a frame names the module when the module came from no file and does not name itself. */
    private static final String UNNAMED_MODULE = "wasm";

    private final String moduleFile;
    private final Supplier<NameCustomSection> source;
    private volatile Resolved resolved;

    /** The module's name section, and what frames call the module: its file, or the name it gives itself. */
    private record Resolved(NameCustomSection names, String moduleLabel) {}

    private FunctionNames(String moduleFile, Supplier<NameCustomSection> source) {
        this.moduleFile = moduleFile;
        this.source = source;
    }

    /**
     * The names in a parsed module's name section.
     *
     * @param moduleFile the file the module came from, as frames show it, or {@code null} when it came from none
     * @param names the module's name section, or {@code null} when it has none
     */
    public static FunctionNames of(String moduleFile, NameCustomSection names) {
        return new FunctionNames(moduleFile, () -> names);
    }

    /**
     * The names of a module read only when a call fails; when they cannot be read then, the frames show function
     * indices.
     *
     * @param moduleFile the file the module came from, as frames show it
     * @param names reads the module's name section, {@code null} when it has none
     */
    public static FunctionNames readOnFailure(String moduleFile, Supplier<NameCustomSection> names) {
        return new FunctionNames(moduleFile, names);
    }

    /** The last segment of a file or resource path, as a frame shows the module. */
    public static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /**
     * The frame of the function at {@code index}, as {@link WasmCallException#guestStack()} describes it: its
     * demangled name, or {@code func[index]} where the module names none.
     */
    StackTraceElement frame(int index) {
        Resolved names = resolve();
        String name = names.names() == null ? null : names.names().nameOfFunction(index);
        return new StackTraceElement(WasmCallException.GUEST_FRAME_CLASS,
                name == null || name.isEmpty() ? "func[" + index + "]" : RustSymbols.demangle(name),
                names.moduleLabel() + ":func " + index, -1);
    }

    private Resolved resolve() {
        Resolved names = resolved;
        if (names == null) {
            // computed at most a few times when threads fail at once; each result is the same
            names = read();
            resolved = names;
        }
        return names;
    }

    private Resolved read() {
        NameCustomSection names;
        try {
            names = source.get();
        } catch (RuntimeException e) {
            // the frames still show indices: a failure to read names must not hide the call's own failure
            names = null;
        }
        String label = moduleFile;
        if (label == null) {
            label = names == null ? UNNAMED_MODULE : names.moduleName().orElse(UNNAMED_MODULE);
        }
        return new Resolved(names, label);
    }
}
