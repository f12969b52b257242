package dev.wasmbind.runtime.internal;

import dev.wasmbind.runtime.WasmBindException;
import com.dylibso.chicory.runtime.HostFunction;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.wasm.types.FunctionType;
import com.dylibso.chicory.wasm.types.ValType;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The Java objects an instance has handed to its guest as {@code @Handle}s: each is an i32 that names the object
 * until the guest releases it (import {@code wasmbind.release_handle}) or the instance closes. The same object
 * passed again while it is held gets the same handle; 0 is {@code null}. Handle numbers are unique across all
 * instances, so a handle the guest makes up, uses after releasing it, or got from another instance fails the call
 * with a {@link WasmBindException} instead of naming another object.
 */
public final class GuestHandles {
    /** The import module and name through which a guest releases a handle it no longer needs. */
    public static final String MODULE = "wasmbind";
    public static final String RELEASE = "release_handle";

    /** Host functions find the table of the instance that calls them; an instance left unclosed is forgotten. */
    private static final Map<Instance, GuestHandles> BY_INSTANCE = Collections.synchronizedMap(new WeakHashMap<>());
    /** The last handle any instance handed out. */
    private static final AtomicInteger LAST_HANDLE = new AtomicInteger();

    private final Map<Integer, Object> objects = new HashMap<>();
    private final Map<Object, Integer> handles = new IdentityHashMap<>();

    GuestHandles() {}

    /** Makes the table the one host functions of {@code instance} use. */
    void attachTo(Instance instance) {
        BY_INSTANCE.put(instance, this);
    }

    /** Releases every handle: the instance is closing. */
    void releaseAll(Instance instance) {
        BY_INSTANCE.remove(instance);
        synchronized (this) {
            objects.clear();
            handles.clear();
        }
    }

    /** The table of the instance a host function runs in. */
    static GuestHandles of(Instance instance) {
        GuestHandles table = BY_INSTANCE.get(instance);
        if (table == null) {
            throw new WasmBindException("this instance keeps no handles: it was not started by wasmbind, or is closed");
        }
        return table;
    }

    /** The host function that serves the guest's {@code wasmbind.release_handle(handle)}. */
    public static HostFunction releaseFunction() {
        return new HostFunction(MODULE, RELEASE, FunctionType.of(List.of(ValType.I32), List.of()), (instance, args) -> {
            of(instance).release((int) args[0]);
            return null;
        });
    }

    /** The handle of {@code object}, which the guest may keep until it releases it; 0 for {@code null}. */
    public synchronized int toGuest(Object object) {
        if (object == null) {
            return 0;
        }
        Integer held = handles.get(object);
        if (held != null) {
            return held;
        }
        int handle = next();
        objects.put(handle, object);
        handles.put(object, handle);
        return handle;
    }

    /**
     * The object {@code handle} names, as {@code type}; {@code null} for 0.
     *
     * @throws WasmBindException when the handle names no object, or one of another type
     */
    public synchronized <T> T get(int handle, Class<T> type) {
        if (handle == 0) {
            return null;
        }
        Object object = objects.get(handle);
        if (object == null) {
            throw new WasmBindException(CallMessages.unknownHandle(handle));
        }
        if (!type.isInstance(object)) {
            throw new WasmBindException("the guest passed handle " + handle + " where a " + type.getName()
                    + " is expected, but it names a " + object.getClass().getName());
        }
        return type.cast(object);
    }

    /** Forgets the object {@code handle} names; releasing 0 or an unknown handle is an error of the guest. */
    synchronized void release(int handle) {
        Object object = objects.remove(handle);
        if (object == null) {
            throw new WasmBindException(CallMessages.unknownReleasedHandle(handle));
        }
        handles.remove(object);
    }

    /** How many objects the guest holds handles to. */
    public synchronized int size() {
        return objects.size();
    }

    /**
     * The next handle of the counter all instances share; skips 0, and handles still in use here when the counter
     * wraps after 2^32 handles.
     */
    private int next() {
        int handle;
        do {
            handle = LAST_HANDLE.incrementAndGet();
        } while (handle == 0 || objects.containsKey(handle));
        return handle;
    }
}
