package dev.wasmbind.processor.kinds;

import com.squareup.javapoet.CodeBlock;
import dev.wasmbind.runtime.internal.CallScope;
import dev.wasmbind.runtime.internal.GuestBuffer;
import dev.wasmbind.runtime.internal.HostCall;
import dev.wasmbind.runtime.internal.WasmSignature;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A Go string or slice: a region of guest memory passed as {@code (ptr, len)}, plus {@code cap} for a slice, where
 * {@code len} counts bytes for strings and elements for slices. An argument is copied into memory the call
 * allocates; a result is copied out. Each kind names its {@code CallScope} method that copies an argument in, its
 * {@code CallScope} method that copies a result out, and its {@code HostCall} method that copies a host function's
 * argument out.
 */
public final class SequenceKind implements ExportParameterKind, HostParameterKind, RegionKind {
    /** Go {@code string}, UTF-8 both ways. */
    public static final SequenceKind STRING =
            new SequenceKind(String.class, false, true, "writeString", "borrowString", "readString", "string");
    /** Go {@code []byte}. */
    public static final SequenceKind BYTES =
            new SequenceKind(byte[].class, true, true, "writeBytes", "borrowBytes", "readBytes", "bytes");
    /** Go {@code []int32}, little-endian. */
    public static final SequenceKind INTS =
            new SequenceKind(int[].class, true, false, "writeInts", "borrowInts", "readInts", "ints");
    /** Go {@code []int64}, little-endian. */
    public static final SequenceKind LONGS =
            new SequenceKind(long[].class, true, false, "writeLongs", "borrowLongs", "readLongs", "longs");
    /** Go {@code []float32}, little-endian. */
    public static final SequenceKind FLOATS =
            new SequenceKind(float[].class, true, false, "writeFloats", "borrowFloats", "readFloats", "floats");
    /** Go {@code []float64}, little-endian. */
    public static final SequenceKind DOUBLES =
            new SequenceKind(double[].class, true, false, "writeDoubles", "borrowDoubles", "readDoubles", "doubles");

    private static final int POINTER_SIZE = 4;

    private final Class<?> javaType;
    /** Whether it is passed and read as a Go slice, with a {@code cap} after {@code len}. */
    private final boolean slice;
    private final boolean packable;
    /** Copies an argument in: into memory of its own, or borrowed, into the instance's reused buffer. */
    private final RuntimeOp write;
    private final RuntimeOp borrow;
    private final boolean borrowed;
    private final RuntimeOp read;
    private final RuntimeOp hostRead;

    /**
     * @param slice whether a Go slice, which has a {@code cap} after {@code len}
     * @param packable whether {@code @PackedResult} can carry it, as its length counts bytes
     * @param write the {@code CallScope} method that copies an argument into memory of its own
     * @param borrow the {@code CallScope} method that copies an argument into the instance's reused buffer
     * @param read the {@code CallScope} method that copies a result out
     * @param hostRead the {@code HostCall} method that copies a host function's argument out
     */
    private SequenceKind(Class<?> javaType, boolean slice, boolean packable, String write, String borrow,
            String read, String hostRead) {
        this(javaType, slice, packable, false,
                RuntimeOp.of(CallScope.class, write, javaType).returning(GuestBuffer.class),
                RuntimeOp.of(CallScope.class, borrow, javaType).returning(GuestBuffer.class),
                RuntimeOp.of(CallScope.class, read, GuestBuffer.class).returning(javaType),
                RuntimeOp.of(HostCall.class, hostRead, int.class).returning(javaType));
    }

    private SequenceKind(Class<?> javaType, boolean slice, boolean packable, boolean borrowed, RuntimeOp write,
            RuntimeOp borrow, RuntimeOp read, RuntimeOp hostRead) {
        this.javaType = javaType;
        this.slice = slice;
        this.packable = packable;
        this.borrowed = borrowed;
        this.write = write;
        this.borrow = borrow;
        this.read = read;
        this.hostRead = hostRead;
    }

    /** A slice's elements passed as {@code (ptr, len)}, len in elements: the form of hand-written exports. */
    @Override
    public Optional<ParameterKind> asPtrLen() {
        return Optional.of(slice
                ? new SequenceKind(javaType, false, packable, borrowed, write, borrow, read, hostRead)
                : this);
    }

    @Override
    public Optional<ExportParameterKind> borrowed() {
        return Optional.of(new SequenceKind(javaType, slice, packable, true, write, borrow, read, hostRead));
    }

    @Override
    public Class<?> javaType() {
        return javaType;
    }

    @Override
    public boolean isPackable() {
        return packable;
    }

    /** A string's length counts bytes, an array's its elements. */
    @Override
    public int elementSize() {
        Class<?> element = javaType.getComponentType();
        if (element == null || element == byte.class) {
            return Byte.BYTES;
        }
        return element == int.class || element == float.class ? Integer.BYTES : Long.BYTES;
    }

    /** The header: {@code (ptr, len)} is 8 bytes, {@code (ptr, len, cap)} 12. */
    @Override
    public int size() {
        return parts().size() * POINTER_SIZE;
    }

    @Override
    public int align() {
        return POINTER_SIZE;
    }

    @Override
    public List<WasmSignature.Param> slots(String name) {
        return parts().stream().map(part -> WasmSignature.Param.partOf(name, part)).toList();
    }

    private List<String> parts() {
        return slice ? List.of("ptr", "len", WasmSignature.CAPACITY) : List.of("ptr", "len");
    }

    @Override
    public boolean copiesIn() {
        return true;
    }

    @Override
    public List<CodeBlock> lowerArgument(ExportCall call, String name) {
        String buffer = call.declare(GuestBuffer.class, name + "Buffer",
                (borrowed ? borrow : write).callOn(call.scope(), CodeBlock.of("$N", name)));
        List<CodeBlock> slots = new ArrayList<>();
        slots.add(RuntimeOps.ADDRESS.callOn(buffer));
        slots.add(RuntimeOps.LENGTH.callOn(buffer));
        if (slice) {
            // the copy is exactly as large as the slice: cap = len
            slots.add(RuntimeOps.LENGTH.callOn(buffer));
        }
        return slots;
    }

    @Override
    public CodeBlock readRegion(String scope, CodeBlock buffer) {
        return read.callOn(scope, buffer);
    }

    @Override
    public CodeBlock readArgument(String call, int slot) {
        return hostRead.callOn(call, CodeBlock.of("$L", slot));
    }

    /** Signatures show {@code @Borrowed} and an array's {@code @PtrLen}, as they show {@code @Unsigned}. */
    @Override
    public String javaName() {
        return (borrowed ? "@Borrowed " : "") + (!slice && javaType.isArray() ? "@PtrLen " : "") + listedAs();
    }

    /** Equal kinds pass the same Java type the same way: records and caches compare kinds by value. */
    @Override
    public boolean equals(Object other) {
        return other instanceof SequenceKind kind && kind.javaType == javaType && kind.slice == slice
                && kind.borrowed == borrowed;
    }

    @Override
    public int hashCode() {
        return Objects.hash(javaType, slice, borrowed);
    }

    @Override
    public String toString() {
        return javaName();
    }
}
