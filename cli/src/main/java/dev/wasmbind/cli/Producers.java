package dev.wasmbind.cli;

import com.dylibso.chicory.wasm.ChicoryException;
import com.dylibso.chicory.wasm.Encoding;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The module's {@code producers} custom section: which languages and tools made it, such as
 * {@code processed-by: clang 18.1.2, TinyGo 0.35.0}. Chicory keeps the section as raw bytes; its layout is the
 * tool-conventions one: a vector of fields, each a name and a vector of (name, version) strings.
 */
record Producers(List<Field> fields) {

    /** One field, such as {@code language} or {@code processed-by}, with its values in module order. */
    record Field(String name, List<Value> values) {}

    /** A producer and its version, which may be empty. */
    record Value(String name, String version) {
        @Override
        public String toString() {
            return version.isEmpty() ? name : name + " " + version;
        }
    }

    /** The section name, as tools write it. */
    static final String SECTION = "producers";

    Producers {
        fields = List.copyOf(fields);
    }

    /** Decodes the section's payload; throws {@link IllegalArgumentException} saying where it is malformed. */
    static Producers decode(byte[] payload) {
        ByteBuffer in = ByteBuffer.wrap(payload);
        try {
            List<Field> fields = new ArrayList<>();
            for (long f = Encoding.readVarUInt32(in); f > 0; f--) {
                String name = Encoding.readName(in);
                List<Value> values = new ArrayList<>();
                for (long v = Encoding.readVarUInt32(in); v > 0; v--) {
                    values.add(new Value(Encoding.readName(in), Encoding.readName(in)));
                }
                fields.add(new Field(name, values));
            }
            if (in.hasRemaining()) {
                throw new IllegalArgumentException(in.remaining() + " bytes after its last field");
            }
            return new Producers(fields);
        } catch (BufferUnderflowException | ChicoryException e) {
            throw new IllegalArgumentException("it ends inside a field", e);
        }
    }

    /** The version of the producer named {@code name} (such as {@code TinyGo}) in any field. */
    Optional<String> versionOf(String name) {
        return fields.stream()
                .flatMap(field -> field.values().stream())
                .filter(value -> value.name().equals(name))
                .map(Value::version)
                .findFirst();
    }
}
