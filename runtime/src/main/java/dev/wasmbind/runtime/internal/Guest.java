package dev.wasmbind.runtime.internal;

import dev.wasmbind.runtime.GuestExitException;
import dev.wasmbind.runtime.GuestPoisonedException;
import dev.wasmbind.runtime.WasmCallException;
import dev.wasmbind.runtime.WasmBindException;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Machine;
import com.dylibso.chicory.runtime.Memory;
import com.dylibso.chicory.wasm.types.Export;
import com.dylibso.chicory.wasm.types.ExportSection;
import com.dylibso.chicory.wasm.types.ExternalType;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.List;

/**
 * One started guest instance and what a binding needs of it: its exports, its memory and its allocator.
 *
 * <p>One call at a time: a thread that enters while another thread's call runs gets an
 * {@link IllegalStateException} before anything touches guest memory, and the running call goes on unharmed.
 * Calls may nest on one thread (a host function calling back into an export); each nesting level gets its own
 * return area. A call that ends abnormally makes the instance unusable: every later call throws
 * {@link GuestPoisonedException} at once.
 */
public final class Guest implements AutoCloseable {
    /** What to do about a call after {@code close()}. */
    static final String AFTER_CLOSE = "make every call before close() (inside its try-with-resources block), or "
            + "load a new instance";
    private static final String INITIALIZE = "_initialize";
    private static final String START = "_start";
    /**
     * The states of {@link #state} besides the thread running a call. Typed, like every argument of {@link #STATE}:
     * a VarHandle call whose types differ takes a slow path.
     */
    private static final Object IDLE = null;
    private static final Object POISONED = new Object();
    private static final Object CLOSED = new Object();
    private static final VarHandle STATE;

    static {
        try {
            STATE = MethodHandles.lookup().findVarHandle(Guest.class, "state", Object.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final String interfaceName;
    private final FunctionNames functionNames;
    /** Dropped, with everything that reaches the guest's memory, when a call exhausted the heap. */
    private Instance instance;
    /** The instance's memory as the machine's functions take it; dropped with the instance. */
    private Memory machineMemory;
    /** {@code null} when the module imports nothing of WASI. */
    private final AutoCloseable wasi;
    private final GuestOutput stdout;
    private final GuestOutput stderr;
    private final CallDeadline deadline;
    private final GuestMemory memory;
    /** The binding's exports, and the function of each at the same position. */
    private final List<ExportSpec> exports;
    private final GuestFunction[] functions;
    private final GuestAllocations allocations;
    private final int returnAreaSize;
    private final int sharedReturnArea;
    private final GuestHandles handles = new GuestHandles();
    /** The scope of every outermost call, reused: a call allocates nothing of its own on the Java heap. */
    private final CallScope outermostScope;
    /** Whether an export has a canonical-ABI post-return, which only a call through Chicory runs. */
    private final boolean postReturns;
    /** The scope of the innermost call running, which a canonical-ABI post-return waits for; {@code null} when none. */
    private CallScope innermostScope;

    /** The only thread that may use this instance, or {@code null} when any thread may, one at a time. */
    private final Thread confinedTo;
    /**
     * Whether an outermost call starts with the compare-and-set alone: the instance is shared between threads and
     * has no time limit. Confined and timed instances take the slow path, which does what they need.
     */
    private final boolean plainStart;
    /**
     * The instance's whole state in one word: {@link #IDLE}, the thread whose call is running, {@link #POISONED} or
     * {@link #CLOSED}. An outermost call takes it from idle by one compare-and-set and gives it back by one release
     * store; when the compare-and-set fails, {@link #beginSlowly} reads why.
     */
    @SuppressWarnings("unused") // through STATE
    private volatile Object state;
    /**
     * Whether the end of the running outermost call has more to do than letting go: stop the clock, forget the
     * output (an instance with WASI may have printed), or leave the instance poisoned or closed.
     */
    private boolean slowEnd;
    /** Set by {@link #close}, also from a host function during a call; the end of that call then closes. */
    private boolean closed;
    /** A host function closed the instance during a call: it closes when the outermost call ends. */
    private boolean closeWhenCallEnds;
    /** The first abnormal end of a call; from then on, no call runs. */
    private WasmCallException poison;

    private Guest(Instance instance, GuestIo io, ModuleBinding binding, AllocatorConvention allocator,
            FunctionNames functionNames, int staticDataFloor, Thread confinedTo) {
        this.interfaceName = binding.interfaceName();
        this.functionNames = functionNames;
        this.confinedTo = confinedTo;
        this.instance = instance;
        this.wasi = io.wasi();
        this.stdout = io.stdout();
        this.stderr = io.stderr();
        this.deadline = io.deadline();
        this.machineMemory = instance.memory();
        this.memory = new GuestMemory(machineMemory, staticDataFloor);
        this.plainStart = confinedTo == null && deadline == null;
        this.slowEnd = quietEndImpossible();
        this.outermostScope = new CallScope(this, memory, true);
        this.exports = binding.exports();
        this.functions = new GuestFunction[exports.size()];
        for (int i = 0; i < functions.length; i++) {
            functions[i] = function(exports.get(i).exportName());
        }
        this.allocations = new GuestAllocations(allocator, this::function);
        boolean postReturns = false;
        if (allocator instanceof AllocatorConvention.CanonicalAbi) {
            for (GuestFunction function : functions) {
                String postReturn = AllocatorConvention.POST_RETURN_PREFIX + function.exportName();
                if (hasFunction(postReturn)) {
                    function.postReturn(function(postReturn));
                    postReturns = true;
                }
            }
        }
        this.postReturns = postReturns;
        this.returnAreaSize = binding.returnAreaSize();
        handles.attachTo(instance);
        allocations.attachTo(instance);
        initialize();
        // after initialisation: TinyGo's heap is set up by _initialize/_start
        this.sharedReturnArea = returnAreaSize > 0 ? allocateAtStart(returnAreaSize) : 0;
    }

    /** Allocates as a call of its own, since no call holds the instance yet: under its time limit, if it has one. */
    private int allocateAtStart(int size) {
        boolean outermost = begin();
        try {
            return allocate(size);
        } finally {
            end(outermost);
        }
    }

    /**
     * What an instance talks to besides its module: WASI ({@code null} when the module imports none of it), its
     * captured output, and its call time limit.
     */
    record GuestIo(AutoCloseable wasi, GuestOutput stdout, GuestOutput stderr, CallDeadline deadline) {}

    /**
     * Starts a linked instance: runs its initialiser and allocates the binding's return area.
     *
     * @param allocator the guest's allocator, as the link check resolved it
     * @param functionNames the names of the module's functions, for the guest's frames of a failed call
     * @param staticDataFloor where the module's static data starts ({@link PreparedModule#staticDataFloor()})
     */
    static Guest start(Instance instance, GuestIo io, ModuleBinding binding, AllocatorConvention allocator,
            FunctionNames functionNames, int staticDataFloor, Thread confinedTo) {
        try {
            return new Guest(instance, io, binding, allocator, functionNames, staticDataFloor, confinedTo);
        } catch (RuntimeException | Error e) {
            if (io.wasi() != null) {
                closeQuietly(io.wasi(), e);
            }
            throw e;
        }
    }

    /**
     * The function that calls {@code export}, one of the binding's exports; its type was checked when the binding
     * loaded. Generated code looks each one up once, when the instance starts.
     *
     * @throws WasmBindException when {@code export} is not one of the binding's: the code calling was generated
     *     for another binding
     */
    public GuestFunction function(ExportSpec export) {
        int position = exports.indexOf(export);
        if (position < 0) {
            throw new WasmBindException(CallMessages.notInBinding(
                    "export `" + export.exportName() + "` (" + export.javaSignature() + ")", interfaceName));
        }
        return functions[position];
    }

    /** The Java objects handed to the guest as {@code @Handle}s. */
    public GuestHandles handles() {
        return handles;
    }

    /** Opens the scope of one call: what it allocates in guest memory is freed when the scope closes. */
    public CallScope enter() {
        CallScope scope = begin() ? outermostScope : new CallScope(this, memory, false);
        scope.enclose(innermostScope);
        innermostScope = scope;
        return scope;
    }

    /** A call's scope closes: the one it was nested in is the innermost again. */
    void leave(CallScope enclosing) {
        innermostScope = enclosing;
    }

    /**
     * Releases a canonical-ABI result once it was read: at once for a scalar result of an outermost call, otherwise
     * when the innermost scope closes, after the binding has read the result.
     */
    void postReturn(GuestFunction postReturn, long[] results, boolean outermost) {
        if (outermost || innermostScope == null) {
            postReturn.callVoid(results);
        } else {
            innermostScope.postReturnAtClose(postReturn, results);
        }
    }

    /**
     * Releases the instance's WASI resources; later calls fail with {@link IllegalStateException}. Works on an
     * instance a failed call made unusable; refused while another thread's call runs. A host function that closes
     * its own instance closes it when the outermost call ends: the rest of that call runs as usual.
     *
     * @throws WasmCallException when the guest's {@code free} of the buffer of borrowed arguments traps; the
     *     instance is closed all the same
     */
    @Override
    public void close() {
        Thread current = Thread.currentThread();
        boolean nested = (Object) STATE.getVolatile(this) == current;
        if (nested) {
            // a host function's close: the instance closes when the call that runs it ends
            closeWhenCallEnds = true;
            slowEnd = true;
            return;
        }
        if (takeToClose(current) == CLOSED) {
            return;
        }
        try {
            closeNow();
        } finally {
            STATE.setRelease(this, CLOSED);
        }
    }

    /** Closes the instance; the current thread owns it. */
    private void closeNow() {
        if (!closed) {
            try {
                outermostScope.releaseScratch();
            } finally {
                // a free that traps poisoned the instance: it closes all the same, and the trap is thrown
                closed = true;
                handles.releaseAll(instance);
                allocations.detachFrom(instance);
                closeWasi();
            }
        }
    }

    /**
     * Takes an idle or poisoned instance for {@link #close}, and returns the state it had; a closed one stays as it
     * is. Refused while another thread's call runs, and to any thread but a confined instance's own.
     */
    private Object takeToClose(Thread current) {
        if (confinedTo != null && confinedTo != current) {
            throw concurrentUse(current, "close");
        }
        while (true) {
            Object seen = (Object) STATE.getVolatile(this);
            if (seen == CLOSED) {
                return CLOSED;
            }
            if (seen instanceof Thread) {
                throw concurrentUse(current, "close");
            }
            if (STATE.compareAndSet(this, seen, (Object) current)) {
                return seen;
            }
        }
    }

    private void closeWasi() {
        if (wasi == null) {
            return;
        }
        try {
            wasi.close();
        } catch (Exception e) {
            throw new WasmBindException("closing the guest's WASI context failed", e);
        }
    }

    /**
     * The size of the guest's memory in 64 KiB pages, which only grows: what a leak check watches.
     *
     * @throws IllegalStateException when the instance is closed or a call ended abnormally
     */
    public int memoryPages() {
        if (!isUsable()) {
            throw new IllegalStateException("the " + interfaceName + " instance is closed or a call on it ended "
                    + "abnormally, so its memory is no longer there to measure");
        }
        return memory.pages();
    }

    /** Whether calls may still run: not closed, and no call ended abnormally. */
    public boolean isUsable() {
        return !closed && poison == null;
    }

    /**
     * Whether a binding may call the functions of the machine of that class directly, the one compiled at build
     * time: the instance runs it, and no export has a canonical-ABI post-return (a call through Chicory runs it).
     * Asked once per instance, when the binding is made.
     */
    public boolean runs(Class<? extends Machine> machine) {
        return instance.getMachine().getClass() == machine && !postReturns;
    }

    /** The instance, as a machine's functions take it; only while a call runs on it. */
    public Instance machineInstance() {
        return instance;
    }

    /** The instance's memory, as a machine's functions take it; only while a call runs on it. */
    public Memory machineMemory() {
        return machineMemory;
    }

    /**
     * Starts a call on the current thread: takes the instance (or nests in the thread's own running call) and
     * refuses when the instance is closed or poisoned. Every {@code begin} is paired with an {@link #end}.
     *
     * <p>An outermost call of a shared instance without a time limit is one compare-and-set from idle to the current
     * thread; everything else finds out in {@link #beginSlowly} why that did not do.
     *
     * @return whether this is the outermost call, which took the instance and lets it go at its end
     */
    boolean begin() {
        Thread current = Thread.currentThread();
        if (plainStart && STATE.compareAndSet(this, IDLE, (Object) current)) {
            return true;
        }
        return beginSlowly(current);
    }

    /** A nested call, a confined or timed instance, or a refusal: closed, poisoned, or another thread's call. */
    private boolean beginSlowly(Thread current) {
        Object seen = (Object) STATE.getVolatile(this);
        if (seen == current) {
            checkUsable(); // nested in the thread's own running call, which a nested failure or close may have ended
            return false;
        }
        if (confinedTo != null) {
            // only the confined thread ever takes it, so a plain write does, without an atomic
            if (confinedTo != current) {
                throw concurrentUse(current, "call into");
            }
            if (seen != IDLE) {
                checkUsable(); // closed or poisoned
            }
            STATE.set(this, (Object) current);
        } else if (!STATE.compareAndSet(this, IDLE, (Object) current)) {
            Object now = (Object) STATE.getVolatile(this);
            if (now == CLOSED || now == POISONED) {
                checkUsable();
            }
            throw concurrentUse(current, "call into");
        }
        if (deadline != null) {
            deadline.start();
        }
        return true;
    }

    /**
     * The next call's time limit counts from {@code nanoTime}, a {@link System#nanoTime()} reading from before it
     * began: a pool's call waited for this instance since then.
     */
    void startClockAt(long nanoTime) {
        if (deadline != null) {
            deadline.startNextAt(nanoTime);
        }
    }

    /**
     * Ends the call {@link #begin} started; the outermost end lets other threads in, after forgetting the call's
     * output, stopping the clock where the instance has them, and closing it if a host function asked for that
     * during the call.
     *
     * @throws WasmCallException when that close fails, as {@link #close()} says
     */
    void end(boolean outermost) {
        if (outermost) {
            if (slowEnd) {
                endSlowly();
            } else {
                STATE.setRelease(this, IDLE);
            }
        }
    }

    private void endSlowly() {
        stdout.endCall();
        stderr.endCall();
        if (deadline != null) {
            deadline.stop();
        }
        try {
            if (closeWhenCallEnds) {
                closeWhenCallEnds = false;
                closeNow();
            }
        } finally {
            STATE.setRelease(this, closed ? CLOSED : poison != null ? POISONED : IDLE);
        }
    }

    /** Whether every outermost call must take the slow end: the instance has a clock, or WASI that may print. */
    private boolean quietEndImpossible() {
        return deadline != null || wasi != null;
    }

    /**
     * Ends a call that returned normally. A nested call may have failed in between (a host function caught its
     * exception): then what the guest went on to compute cannot be trusted either. A call that returned after its
     * time limit passed (a host function that ignored the interrupt, say) fails as one the limit stopped.
     */
    void endReturned(boolean outermost, String exportName) {
        if (outermost && !slowEnd) {
            // no clock, not poisoned and no close asked for: each of them makes the end slow
            STATE.setRelease(this, IDLE);
            return;
        }
        if (deadline != null && (outermost ? !deadline.stopInTime() : deadline.expired())) {
            throw endFailed(outermost, exportName, null, false);
        }
        end(outermost);
        if (poison != null) {
            throw new GuestPoisonedException(interfaceName, poison);
        }
    }

    /**
     * Ends a call that ended abnormally (or returned after its time limit, {@code thrown} then {@code null}), and
     * describes how. The instance is poisoned before another thread may take it.
     *
     * @param direct whether the binding called the compiled function itself, rather than through Chicory
     */
    WasmCallException endFailed(boolean outermost, String exportName, Throwable thrown, boolean direct) {
        try {
            return failure(exportName, thrown, direct);
        } finally {
            // the instance is poisoned by now, so a close that a host function asked for frees nothing in the guest
            end(outermost);
        }
    }

    /** The return area of an outermost call; nested calls allocate their own through the scope. */
    int sharedReturnArea() {
        return sharedReturnArea;
    }

    int returnAreaSize() {
        return returnAreaSize;
    }

    /** Allocates guest memory in a running call, which holds the instance. */
    int allocate(int size) {
        return allocations.allocate(size);
    }

    /** Frees a block the host allocated or was handed, {@code size} bytes long. */
    void free(int address, int size) {
        allocations.free(address, size);
    }

    /** Whether the host frees the arguments it copies in; under the canonical ABI the callee owns them. */
    boolean hostFreesArguments() {
        return allocations.hostFreesArguments();
    }

    private void checkUsable() {
        if (closed) {
            throw new IllegalStateException("this instance of " + interfaceName + " is closed: " + AFTER_CLOSE);
        }
        if (poison != null) {
            throw new GuestPoisonedException(interfaceName, poison);
        }
    }

    /** Records the first abnormal end of a call and describes this one. */
    private WasmCallException failure(String exportName, Throwable thrown, boolean direct) {
        int pages = instance == null ? 0 : instance.memory().pages(); // dropped by a nested call's failure
        String panic = null;
        if (thrown instanceof OutOfMemoryError) {
            // the guest's memory fills the heap: let it go before anything is allocated for the exception
            dropInstance();
        } else {
            panic = stderr.lastPanic();
            if (panic == null) {
                panic = stdout.lastPanic();
            }
        }
        boolean timedOut = deadline != null && deadline.expired();
        WasmCallException failure = Failures.of(exportName, thrown, new Failures.Context(
                panic, timedOut ? deadline.limit() : null, pages));
        if (instance != null) { // dropped when the heap ran out: then nothing more is made for the exception
            GuestStackTrace.attach(failure, thrown, instance, functionNames, direct);
        }
        if (poison == null) {
            poison = failure;
            slowEnd = true;
        }
        return failure;
    }

    /** Lets the garbage collector have the instance and its memory; only a poisoned instance may do this. */
    private void dropInstance() {
        memory.release();
        for (GuestFunction function : functions) {
            function.release();
        }
        allocations.release();
        instance = null;
        machineMemory = null;
    }

    private IllegalStateException concurrentUse(Thread current, String action) {
        if (confinedTo != null) {
            return new IllegalStateException("thread \"" + current.getName() + "\" cannot " + action
                    + " this instance of " + interfaceName + ": it was built threadConfined() by thread \""
                    + confinedTo.getName() + "\", and only that thread may use it; build an instance per thread, "
                    + "or share builder().buildPool(n)");
        }
        Object running = (Object) STATE.getVolatile(this);
        String other = running instanceof Thread thread ? "thread \"" + thread.getName() + "\"" : "another thread";
        return new IllegalStateException("thread \"" + current.getName() + "\" cannot " + action
                + " this instance of " + interfaceName + " while " + other + " is running a call in it: an "
                + "instance runs one call at a time; give each thread its own instance, or share "
                + "builder().buildPool(n)");
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
                // the exit ended the call: nothing else has the instance yet
                poison = null;
                slowEnd = quietEndImpossible();
                STATE.setRelease(this, IDLE);
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

    private static void closeQuietly(AutoCloseable resource, Throwable failure) {
        try {
            resource.close();
        } catch (Exception e) {
            failure.addSuppressed(e);
        }
    }
}
