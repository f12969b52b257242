package dev.wasmbind.runtime.internal;

import com.dylibso.chicory.runtime.Instance;
import dev.wasmbind.runtime.WasmBindException;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * One instance's allocator, as its {@link AllocatorConvention} calls it: every block the host allocates in guest
 * memory comes from here, and goes back here with the length it was allocated with. It is only called in a running
 * call (a binding's scope, a host function), which holds the instance already.
 */
final class GuestAllocations {
    /** The canonical ABI's realloc is given an alignment: 8 suits every value the host writes. */
    private static final int ALIGNMENT = 8;
    /** Host functions find the allocator of the instance that calls them; an instance left unclosed is forgotten. */
    private static final Map<Instance, GuestAllocations> BY_INSTANCE =
            Collections.synchronizedMap(new WeakHashMap<>());

    private final AllocatorConvention convention;
    /** {@code null} when the guest exports no allocator. */
    private GuestFunction allocate;
    /** {@code null} when the convention gives the host no free. */
    private GuestFunction free;
    private final boolean realloc;
    private final boolean sized;

    /** @param function resolves an export of the instance by name */
    GuestAllocations(AllocatorConvention convention, java.util.function.Function<String, GuestFunction> function) {
        this.convention = convention;
        this.realloc = convention instanceof AllocatorConvention.CanonicalAbi;
        this.sized = convention instanceof AllocatorConvention.Sized;
        AllocatorNames names = AllocatorNames.of(convention).orElse(null);
        this.allocate = names == null ? null : function.apply(names.allocate());
        this.free = names == null || names.free().isEmpty() ? null : function.apply(names.free());
    }

    /** The allocator of a started instance, for its host functions. */
    static GuestAllocations of(Instance instance) {
        GuestAllocations allocations = BY_INSTANCE.get(instance);
        if (allocations == null) {
            throw new WasmBindException("this instance has no allocator: it was not started by wasmbind, or is closed");
        }
        return allocations;
    }

    void attachTo(Instance instance) {
        BY_INSTANCE.put(instance, this);
    }

    void detachFrom(Instance instance) {
        BY_INSTANCE.remove(instance);
    }

    /**
     * Whether the host frees what it copies in: not under the canonical ABI, where the callee owns its lowered
     * arguments, so that they cannot share a buffer either.
     */
    boolean hostFreesArguments() {
        return free != null;
    }

    /** A block of {@code size} bytes; never 0. */
    int allocate(int size) {
        if (allocate == null) {
            throw new WasmBindException("the guest exports no allocator, which this call needs");
        }
        int address = realloc ? allocate.callI32InCall(0, 0, ALIGNMENT, size) : allocate.callI32InCall(size);
        if (address == 0) {
            throw new WasmBindException("the guest's " + AllocatorNames.of(convention).orElseThrow().allocate() + "("
                    + size + ") returned 0: it is out of memory");
        }
        return address;
    }

    /** Frees a block the host owns, of {@code size} bytes: a sized free is given the length. */
    void free(int address, int size) {
        if (free == null) {
            return;
        }
        if (sized) {
            free.callVoidInCall(address, size);
        } else {
            free.callVoidInCall(address);
        }
    }

    /** After the instance is poisoned: its functions go with it (nothing else holds them). */
    void release() {
        allocate = null;
        free = null;
    }
}
