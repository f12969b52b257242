package dev.wasmbind.e2e.conventions;

import static org.assertj.core.api.Assertions.assertThat;

import com.dylibso.chicory.runtime.ByteArrayMemory;
import com.dylibso.chicory.runtime.ByteBufferMemory;
import com.dylibso.chicory.runtime.Memory;
import dev.wasmbind.runtime.MemoryKind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The builder chooses Chicory's memory implementation; both give the same results. */
class MemoryKindTest {
    private final List<Memory> memories = new ArrayList<>();
    private final List<String> logged = new ArrayList<>();

    private RawHostGuestWasm.Builder builder() {
        return RawHostGuestWasm.builder().hostFunctions(
                RawImportsTest.envFunctions(logged, instance -> memories.add(instance.memory())));
    }

    @Test
    void byDefaultTheMemoryIsOneByteArray() {
        try (RawHostGuestWasm guest = builder().build()) {
            assertThat(guest.callAdd(40, 2)).isEqualTo(42);
            guest.greet("array");
        }

        assertThat(memories).singleElement().isInstanceOf(ByteArrayMemory.class);
        assertThat(logged).containsExactly("wasm >> Hello, array!");
    }

    @Test
    void chicorysByteBufferMemoryOnRequest() {
        try (RawHostGuestWasm guest = builder().memory(MemoryKind.BYTE_BUFFER).build()) {
            assertThat(guest.callAdd(40, 2)).isEqualTo(42);
            guest.greet("buffer");
        }

        assertThat(memories).singleElement().isInstanceOf(ByteBufferMemory.class);
        assertThat(logged).containsExactly("wasm >> Hello, buffer!");
    }
}
