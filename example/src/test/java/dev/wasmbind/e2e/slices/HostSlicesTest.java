package dev.wasmbind.e2e.slices;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One host interface serves a module that passes slices with their capacity and one that passes them without. */
class HostSlicesTest {
    /** Records what the guest passes; {@code sum} returns scale × the values' sum, then the tag's length. */
    static final class RecordingSink implements Sink {
        final List<byte[]> written = new ArrayList<>();
        final List<String> tags = new ArrayList<>();
        final List<int[]> values = new ArrayList<>();

        @Override
        public void write(byte[] data) {
            written.add(data);
        }

        @Override
        public long sum(int scale, int[] values, byte[] tag) {
            this.values.add(values);
            tags.add(new String(tag, StandardCharsets.UTF_8));
            return (long) scale * Arrays.stream(values).sum() * 100 + tag.length;
        }
    }

    @Test
    void aModulePassingSlicesWithCapacityGetsTheSameValues() {
        RecordingSink sink = new RecordingSink();

        long result;
        try (SinkGoWasm guest = SinkGoWasm.load(sink)) {
            result = guest.run();
        }

        assertReceivedTheGuestsValues(sink, result);
    }

    @Test
    void aModulePassingSlicesWithoutCapacityGetsTheSameValues() {
        RecordingSink sink = new RecordingSink();

        long result;
        try (SinkPtrLenWasm guest = SinkPtrLenWasm.load(sink)) {
            result = guest.run();
        }

        assertReceivedTheGuestsValues(sink, result);
    }

    /** The binding compiled against one module, loaded with the other: the module given decides, at load time. */
    @Test
    void theModuleGivenAtLoadTimeDecides() throws IOException {
        RecordingSink sink = new RecordingSink();
        byte[] withoutCapacity;
        try (InputStream module = HostSlicesTest.class.getResourceAsStream("/sink_ptr_len.wasm")) {
            withoutCapacity = module.readAllBytes();
        }

        long result;
        try (SinkGoWasm guest = SinkGoWasm.builder().module(withoutCapacity).sink(sink).build()) {
            result = guest.run();
        }

        assertReceivedTheGuestsValues(sink, result);
    }

    private static void assertReceivedTheGuestsValues(RecordingSink sink, long result) {
        assertThat(sink.written).containsExactly(new byte[] {1, 2, 3, (byte) 250});
        assertThat(sink.values).containsExactly(new int[] {10, -20, 35});
        assertThat(sink.tags).containsExactly("total");
        assertThat(result).isEqualTo(3 * 25 * 100 + 5);
    }
}
