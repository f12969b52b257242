package dev.wasmbind.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProducersTest {

    @Test
    void decodesFieldsAndValuesInOrder() {
        ByteArrayOutputStream payload = new ByteArrayOutputStream();
        payload.write(2);
        payload.writeBytes(ModuleBytes.name("language"));
        payload.write(1);
        payload.writeBytes(ModuleBytes.name("C99"));
        payload.writeBytes(ModuleBytes.name(""));
        payload.writeBytes(ModuleBytes.name("processed-by"));
        payload.write(2);
        payload.writeBytes(ModuleBytes.name("clang"));
        payload.writeBytes(ModuleBytes.name("18.1.2"));
        payload.writeBytes(ModuleBytes.name("TinyGo"));
        payload.writeBytes(ModuleBytes.name("0.35.0"));

        Producers producers = Producers.decode(payload.toByteArray());

        assertThat(producers.fields()).containsExactly(
                new Producers.Field("language", List.of(new Producers.Value("C99", ""))),
                new Producers.Field("processed-by", List.of(
                        new Producers.Value("clang", "18.1.2"), new Producers.Value("TinyGo", "0.35.0"))));
        assertThat(producers.versionOf("TinyGo")).contains("0.35.0");
        assertThat(producers.versionOf("rustc")).isEmpty();
        assertThat(producers.fields().get(0).values().get(0)).hasToString("C99");
    }

    @Test
    void truncatedOrTrailingBytesAreMalformed() {
        byte[] field = ModuleBytes.producersField("sdk", "Emscripten", "3.1");
        byte[] truncated = java.util.Arrays.copyOf(field, field.length - 1);
        byte[] trailing = java.util.Arrays.copyOf(field, field.length + 2);

        assertThatIllegalArgumentException().isThrownBy(() -> Producers.decode(truncated))
                .withMessage("it ends inside a field");
        assertThatIllegalArgumentException().isThrownBy(() -> Producers.decode(trailing))
                .withMessage("2 bytes after its last field");
        assertThat(Producers.decode(field).versionOf("Emscripten")).contains("3.1");
    }
}
