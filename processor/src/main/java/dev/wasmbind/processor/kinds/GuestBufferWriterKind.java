package dev.wasmbind.processor.kinds;

import com.squareup.javapoet.CodeBlock;
import dev.wasmbind.runtime.GuestBufferWriter;
import dev.wasmbind.runtime.internal.HostCall;
import dev.wasmbind.runtime.internal.WasmSignature;
import java.util.List;

/**
 * {@link GuestBufferWriter}: a buffer that the guest passes to a host function to be filled, as the two i32
 * {@code (buf *byte, limit uint32)} of Go's {@code func getURI(buf *byte, limit uint32) (len uint32)}. Only a host
 * function's parameter: the host function returns the length itself, as an {@code int}.
 */
public final class GuestBufferWriterKind implements HostParameterKind {
    /** The one instance, to register. */
    public static final GuestBufferWriterKind INSTANCE = new GuestBufferWriterKind();

    private static final RuntimeOp BUFFER_WRITER =
            RuntimeOp.of(HostCall.class, "bufferWriter", int.class).returning(GuestBufferWriter.class);

    private GuestBufferWriterKind() {}

    @Override
    public Class<?> javaType() {
        return GuestBufferWriter.class;
    }

    @Override
    public List<WasmSignature.Param> slots(String name) {
        return List.of(WasmSignature.Param.partOf(name, "ptr"), WasmSignature.Param.partOf(name, "limit"));
    }

    @Override
    public CodeBlock readArgument(String call, int slot) {
        return BUFFER_WRITER.callOn(call, CodeBlock.of("$L", slot));
    }

    @Override
    public String toString() {
        return javaName();
    }
}
