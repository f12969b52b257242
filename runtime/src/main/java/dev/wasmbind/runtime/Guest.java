package dev.wasmbind.runtime;

import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.wasi.WasiPreview1;
import com.dylibso.chicory.wasm.types.Export;
import com.dylibso.chicory.wasm.types.ExportSection;
import com.dylibso.chicory.wasm.types.ExternalType;

/**
 * One started guest instance and what a binding needs of it: its exports, its memory and its allocator.
 *
 * <p>Not thread-safe, like the Chicory instance beneath it: use one binding object per thread, or guard it.
 * Calls may nest (a host function calling back into an export); each nesting level gets its own return area.
 */
public final class Guest implements AutoCloseable {
    static final String MALLOC = "malloc";
    static final String FREE = "free";
    private static final String INITIALIZE = "_initialize";
    private static final String START = "_start";

    private final Instance instance;
    private final AutoCloseable wasi;
    private final GuestMemory memory;
    private final GuestFunction[] functions;
    private final GuestFunction malloc;
    private final GuestFunction free;
    private final int returnAreaSize;
    private final int sharedReturnArea;
    private int depth;
    private boolean closed;
    private Integer exitCode;

    private Guest(Instance instance, WasiPreview1 wasi, ModuleBinding binding) {
        this.instance = instance;
        this.wasi = wasi;
        this.memory = new GuestMemory(instance.memory());
        this.functions = new GuestFunction[binding.exports().size()];
        for (int i = 0; i < functions.length; i++) {
            functions[i] = function(binding.export(i).exportName());
        }
        this.malloc = hasFunction(MALLOC) ? function(MALLOC) : null;
        this.free = hasFunction(FREE) ? function(FREE) : null;
        this.returnAreaSize = binding.returnAreaSize();
        initialize();
        // after initialisation: TinyGo's heap is set up by _initialize/_start
        this.sharedReturnArea = returnAreaSize > 0 ? allocate(returnAreaSize) : 0;
    }

    /** Starts a linked instance: runs its initialiser and allocates the binding's return area. */
    static Guest start(Instance instance, WasiPreview1 wasi, ModuleBinding binding) {
        try {
            return new Guest(instance, wasi, binding);
        } catch (RuntimeException e) {
            wasi.close();
            throw e;
        }
    }

    /** The export the binding lists at this index; its type was checked when the binding loaded. */
    public GuestFunction function(int exportIndex) {
        return functions[exportIndex];
    }

    /** Opens the scope of one call: what it allocates in guest memory is freed when the scope closes. */
    public CallScope enter() {
        checkUsable();
        depth++;
        return new CallScope(this, memory, depth);
    }

    /** Releases the instance's WASI resources; later calls fail with {@link IllegalStateException}. */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            try {
                wasi.close();
            } catch (Exception e) {
                throw new WasmBindException("closing the guest's WASI context failed", e);
            }
        }
    }

    void leave() {
        depth--;
    }

    /** The return area of a call at this nesting depth; deeper calls allocate their own through the scope. */
    int sharedReturnArea() {
        return sharedReturnArea;
    }

    int returnAreaSize() {
        return returnAreaSize;
    }

    int allocate(int size) {
        if (malloc == null) {
            throw new WasmBindException("the guest exports no `malloc`, which this call needs");
        }
        int address = malloc.callI32(size);
        if (address == 0) {
            throw new WasmBindException("the guest's malloc(" + size + ") returned 0: it is out of memory");
        }
        return address;
    }

    void free(int address) {
        if (free == null) {
            throw new WasmBindException("the guest exports no `free`, which this call needs");
        }
        free.callVoid(address);
    }

    /** Whether memory may still be handed back: not after the guest exited or the binding was closed. */
    boolean accepts() {
        return !closed && exitCode == null;
    }

    void checkUsable() {
        if (closed) {
            throw new IllegalStateException("this wasm binding is closed");
        }
        if (exitCode != null) {
            throw new IllegalStateException(
                    "the guest exited with code " + exitCode + " and accepts no more calls; load a new instance");
        }
    }

    WasmCallException failure(String exportName, Throwable thrown) {
        return Failures.of(exportName, thrown, code -> exitCode = code);
    }

    /**
     * Reactors ({@code _initialize}) must be initialised before any export runs; command builds ({@code _start}) run
     * {@code main}, which may end with {@code proc_exit(0)}: that is a normal end, and exports keep working.
     */
    private void initialize() {
        if (hasFunction(INITIALIZE)) {
            function(INITIALIZE).callVoid();
        } else if (hasFunction(START)) {
            try {
                function(START).callVoid();
            } catch (GuestExitException e) {
                if (e.exitCode() != 0) {
                    throw e;
                }
                exitCode = null;
            }
        }
    }

    private GuestFunction function(String name) {
        return new GuestFunction(this, name, instance.export(name));
    }

    private boolean hasFunction(String name) {
        ExportSection exports = instance.module().exportSection();
        for (int i = 0; i < exports.exportCount(); i++) {
            Export export = exports.getExport(i);
            if (export.name().equals(name) && export.exportType() == ExternalType.FUNCTION) {
                return true;
            }
        }
        return false;
    }
}
