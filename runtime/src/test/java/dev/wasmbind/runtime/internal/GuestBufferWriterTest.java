package dev.wasmbind.runtime.internal;

import dev.wasmbind.runtime.GuestBufferWriter;
import dev.wasmbind.runtime.WasmBindException;
import static dev.wasmbind.runtime.internal.Signatures.sig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dylibso.chicory.runtime.HostFunction;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.wasm.Parser;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The guest's {@code (buf, limit)} buffer: filled when the value fits, its full length returned either way. */
class GuestBufferWriterTest {
    /** A module with one page of memory and nothing else. */
    private static final byte[] ONE_PAGE = {0, 'a', 's', 'm', 1, 0, 0, 0, 5, 3, 1, 0, 1};
    private static final int PAGE = 65536;

    private final Instance instance = Instance.builder(Parser.parse(ONE_PAGE)).build();

    @Test
    void writesAValueThatFitsAndReturnsItsLength() {
        GuestBufferWriter buffer = writerFor(100, 16);

        assertThat(buffer.write("héllo")).isEqualTo(6);
        assertThat(instance.memory().readBytes(100, 7))
                .isEqualTo(new byte[] {'h', (byte) 0xC3, (byte) 0xA9, 'l', 'l', 'o', 0});
    }

    @Test
    void fillsTheBufferToTheLastByte() {
        GuestBufferWriter buffer = writerFor(100, 3);

        assertThat(buffer.write(new byte[] {7, 8, 9})).isEqualTo(3);
        assertThat(instance.memory().readBytes(100, 4)).isEqualTo(new byte[] {7, 8, 9, 0});
    }

    @Test
    void writesNothingWhenTheValueDoesNotFitAndReturnsTheLengthTheGuestNeeds() {
        GuestBufferWriter buffer = writerFor(100, 4);

        assertThat(buffer.write("/v1.0/hello?name=teddy")).isEqualTo(22);
        assertThat(instance.memory().readBytes(100, 22)).containsOnly(0);
    }

    @Test
    void readsTheLimitAsItsCapacity() {
        assertThat(writerFor(0, 7).capacity()).isEqualTo(7);
        assertThat(writerFor(0, 0).capacity()).isZero();
        assertThat(writerFor(0, PAGE).capacity()).isEqualTo(PAGE);
    }

    @Test
    void refusesABufferOutsideGuestMemoryAtOnceWhateverItWouldWrite() {
        assertThatThrownBy(() -> writerFor(PAGE - 2, 16))
                .isInstanceOf(WasmBindException.class)
                .hasMessage("the region of 16 bytes at 65534 lies outside the guest's memory of 65536 bytes");
        // an address near 4 GiB is no negative index, and a limit above 2^31 no negative size
        assertThatThrownBy(() -> writerFor(-8, 1))
                .isInstanceOf(WasmBindException.class)
                .hasMessage("the region of 1 bytes at 4294967288 lies outside the guest's memory of 65536 bytes");
        assertThatThrownBy(() -> writerFor(0, -1))
                .isInstanceOf(WasmBindException.class)
                .hasMessage("the region of 4294967295 bytes at 0 lies outside the guest's memory of 65536 bytes");
        assertThatThrownBy(() -> writerFor(PAGE - 2, 3)).isInstanceOf(WasmBindException.class);
        // up to the last byte of memory, and an empty buffer at its very end, are inside
        assertThat(writerFor(PAGE - 3, 3).write("abc")).isEqualTo(3);
        assertThat(writerFor(PAGE, 0).write("abc")).isEqualTo(3);
    }

    @Test
    void refusesToWriteOnceTheHostFunctionHasReturned() {
        ImportSpec getUriSpec =
                ImportSpec.of("get_uri", "int getUri(GuestBufferWriter buf)", sig("(i32 buf.ptr, i32 buf.limit) -> i32"));
        HostModuleBinding binding = HostModuleBinding.builder(RuntimeContract.V5, "http_handler", "test.Http")
                .function(getUriSpec)
                .build();
        AtomicReference<GuestBufferWriter> kept = new AtomicReference<>();
        HostFunction getUri = HostFunctions.define(binding, getUriSpec, call -> {
            kept.set(call.bufferWriter(0));
            return HostFunctions.value(kept.get().write("/"));
        });

        assertThat(getUri.handle().apply(instance, 100, 16)).containsExactly(1);
        assertThat(instance.memory().readBytes(100, 1)).isEqualTo("/".getBytes(StandardCharsets.UTF_8));
        // by now the guest may use the buffer for anything else
        assertThatThrownBy(() -> kept.get().write("/later"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("guest memory was used through a host call that has returned");
        assertThatThrownBy(() -> kept.get().write("/a-value-too-long-to-fit-anyway"))
                .isInstanceOf(IllegalStateException.class);
    }

    /** The writer a host function gets for {@code (buf, limit)} in its first two slots. */
    private GuestBufferWriter writerFor(int buf, int limit) {
        return new HostCall(instance, new long[] {buf, limit}, null).bufferWriter(0);
    }
}
