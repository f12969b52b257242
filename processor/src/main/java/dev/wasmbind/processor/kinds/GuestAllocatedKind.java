package dev.wasmbind.processor.kinds;

import com.dylibso.chicory.wasm.types.ValType;
import com.squareup.javapoet.CodeBlock;
import dev.wasmbind.runtime.internal.HostCall;
import java.util.Optional;

/**
 * A host function's {@code String} or {@code byte[]} result, handed to the guest in guest memory: the adapter
 * allocates it with the guest's allocator (the one its binding names or recognised, or the export
 * {@code @GuestAllocator} names), and the import returns {@code ptr << 32 | len} as one i64. The guest owns the memory
 * afterwards ({@code @PackedOrder(LENGTH_HIGH)}: {@code len << 32 | ptr}). Only a host function's result;
 * a registered instance allocates with the guest's allocator, {@link #allocatedWith} with another export.
 */
public final class GuestAllocatedKind implements HostResultKind {
    /** Go {@code string}, as UTF-8. */
    public static final GuestAllocatedKind STRING =
            new GuestAllocatedKind(String.class, "stringToGuest", "stringToGuestLengthHigh", null);
    /** Go {@code []byte}. */
    public static final GuestAllocatedKind BYTES =
            new GuestAllocatedKind(byte[].class, "bytesToGuest", "bytesToGuestLengthHigh", null);

    private final Class<?> javaType;
    /** The {@code HostCall} method that hands the result over, packed {@code ptr << 32 | len}. */
    private final String handOver;
    /** The one that packs {@code len << 32 | ptr}. */
    private final String handOverLengthHigh;
    private final RuntimeOp toGuest;
    /** The export {@code @GuestAllocator} names; {@code null} for the guest's own allocator. */
    private final String allocator;

    private GuestAllocatedKind(Class<?> javaType, String handOver, String handOverLengthHigh, String allocator) {
        this.javaType = javaType;
        this.handOver = handOver;
        this.handOverLengthHigh = handOverLengthHigh;
        this.toGuest = RuntimeOp.of(HostCall.class, handOver, javaType).returning(long.class);
        this.allocator = allocator;
    }

    @Override
    public Optional<HostResultKind> allocatedWith(String exportName) {
        return Optional.of(new GuestAllocatedKind(javaType, handOver, handOverLengthHigh, exportName));
    }

    /** {@code stringToGuestLengthHigh} and {@code bytesToGuestLengthHigh} pack {@code len << 32 | ptr}. */
    @Override
    public Optional<HostResultKind> packedLengthHigh() {
        return Optional.of(new GuestAllocatedKind(javaType, handOverLengthHigh, handOverLengthHigh, allocator));
    }

    @Override
    public Class<?> javaType() {
        return javaType;
    }

    @Override
    public ValType wasmType() {
        return ValType.I64;
    }

    @Override
    public CodeBlock lowerHostResult(String call, CodeBlock value) {
        return toGuest.callOn(call, value);
    }

    @Override
    public Optional<String> guestAllocator() {
        return Optional.ofNullable(allocator);
    }

    @Override
    public boolean allocatesInGuest() {
        return true;
    }

    @Override
    public String toString() {
        return javaName();
    }
}
