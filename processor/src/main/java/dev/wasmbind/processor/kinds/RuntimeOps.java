package dev.wasmbind.processor.kinds;

import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Memory;
import com.dylibso.chicory.wasm.types.ValType;
import dev.wasmbind.runtime.WasmCallException;
import dev.wasmbind.runtime.internal.CallScope;
import dev.wasmbind.runtime.internal.Guest;
import dev.wasmbind.runtime.internal.GuestBuffer;
import dev.wasmbind.runtime.internal.GuestFunction;
import dev.wasmbind.runtime.internal.HostFunctions;
import java.util.Map;

/**
 * The runtime methods that the code of every call uses, whatever the value kinds: entering a call, calling the
 * export, handling guest memory regions, returning from a host function. Each kind declares the methods of its own.
 */
public final class RuntimeOps {
    /** {@code guest.enter()}: the call's {@link CallScope}. */
    public static final RuntimeOp ENTER = RuntimeOp.of(Guest.class, "enter").returning(CallScope.class);
    /** {@code scope.returnArea(size)}: the address of the call's return area, its {@code size} bytes cleared. */
    public static final RuntimeOp RETURN_AREA =
            RuntimeOp.of(CallScope.class, "returnArea", int.class).returning(int.class);
    /** {@code scope.bufferAt(address)}: the {@code (ptr, len)} header the guest wrote at an address. */
    public static final RuntimeOp BUFFER_AT =
            RuntimeOp.of(CallScope.class, "bufferAt", int.class).returning(GuestBuffer.class);
    /** {@code scope.unpack(packed)}: the region of a {@code ptr << 32 | len} result. */
    public static final RuntimeOp UNPACK =
            RuntimeOp.of(CallScope.class, "unpack", long.class).returning(GuestBuffer.class);
    /** {@code scope.unpackLengthHigh(packed)}: the region of a {@code len << 32 | ptr} result. */
    public static final RuntimeOp UNPACK_LENGTH_HIGH =
            RuntimeOp.of(CallScope.class, "unpackLengthHigh", long.class).returning(GuestBuffer.class);
    /** {@code function.callPair(slots)}: an export whose results are {@code (ptr, len, ...)}, packed like UNPACK's. */
    public static final RuntimeOp CALL_PAIR =
            RuntimeOp.of(GuestFunction.class, "callPair", long[].class).returning(long.class);
    /**
     * {@code scope.freeAfterCall(region, elementSize)}: hands a result's region to the guest's free after the call,
     * with its length in bytes for a sized free.
     */
    public static final RuntimeOp FREE_AFTER_CALL =
            RuntimeOp.of(CallScope.class, "freeAfterCall", GuestBuffer.class, int.class).returning(void.class);
    /** {@code buffer.address()}: where a copied-in argument starts. */
    public static final RuntimeOp ADDRESS = RuntimeOp.of(GuestBuffer.class, "address").returning(int.class);
    /** {@code buffer.length()}: a copied-in argument's length in bytes or elements. */
    public static final RuntimeOp LENGTH = RuntimeOp.of(GuestBuffer.class, "length").returning(int.class);
    /** {@code function.callVoid(slots)}: an export without a direct result. */
    public static final RuntimeOp CALL_VOID =
            RuntimeOp.of(GuestFunction.class, "callVoid", long[].class).returning(void.class);
    /** {@code HostFunctions.none()}: what a host function without result returns. */
    public static final RuntimeOp NO_RESULT = RuntimeOp.of(HostFunctions.class, "none").returning(long[].class);
    /** {@code HostFunctions.value(slot)}: what a host function with a result returns. */
    public static final RuntimeOp RESULT =
            RuntimeOp.of(HostFunctions.class, "value", long.class).returning(long[].class);

    /** {@code guest.runs(machineClass)}: whether the instance runs the machine compiled at build time. */
    public static final RuntimeOp RUNS = RuntimeOp.of(Guest.class, "runs", Class.class).returning(boolean.class);
    /** {@code guest.machineMemory()}: the memory a compiled function takes. */
    public static final RuntimeOp MACHINE_MEMORY =
            RuntimeOp.of(Guest.class, "machineMemory").returning(Memory.class);
    /** {@code guest.machineInstance()}: the instance a compiled function takes. */
    public static final RuntimeOp MACHINE_INSTANCE =
            RuntimeOp.of(Guest.class, "machineInstance").returning(Instance.class);
    /** {@code function.begin()}: a direct call takes the instance; whether it is the outermost call. */
    public static final RuntimeOp BEGIN = RuntimeOp.of(GuestFunction.class, "begin").returning(boolean.class);
    /** {@code function.returned(outermost)}: a direct call returned. */
    public static final RuntimeOp RETURNED =
            RuntimeOp.of(GuestFunction.class, "returned", boolean.class).returning(void.class);
    /** {@code function.failed(outermost, thrown)}: a direct call threw; the exception to throw instead. */
    public static final RuntimeOp FAILED = RuntimeOp.of(GuestFunction.class, "failed", boolean.class, Throwable.class)
            .returning(WasmCallException.class);
    /** {@code function.returnedInScope()}: a direct call in a scope returned. */
    public static final RuntimeOp RETURNED_IN_SCOPE =
            RuntimeOp.of(GuestFunction.class, "returnedInScope").returning(void.class);
    /** {@code function.failedInScope(thrown)}: a direct call in a scope threw; the exception to throw instead. */
    public static final RuntimeOp FAILED_IN_SCOPE = RuntimeOp.of(GuestFunction.class, "failedInScope", Throwable.class)
            .returning(WasmCallException.class);

    /** The export call for each type of direct result; each returns the Java type of its wasm type. */
    private static final Map<ValType, RuntimeOp> CALLS = Map.of(
            ValType.I32, RuntimeOp.of(GuestFunction.class, "callI32", long[].class).returning(int.class),
            ValType.I64, RuntimeOp.of(GuestFunction.class, "callI64", long[].class).returning(long.class),
            ValType.F32, RuntimeOp.of(GuestFunction.class, "callF32", long[].class).returning(float.class),
            ValType.F64, RuntimeOp.of(GuestFunction.class, "callF64", long[].class).returning(double.class));

    private RuntimeOps() {}

    /**
     * {@code function.callI32(slots)} and so on: an export whose result is one value of this type.
     *
     * @throws IllegalArgumentException for a vector or reference type, which no kind lowers to
     */
    public static RuntimeOp call(ValType result) {
        RuntimeOp call = CALLS.get(result);
        if (call == null) {
            throw new IllegalArgumentException("no value kind comes back as " + result);
        }
        return call;
    }
}
