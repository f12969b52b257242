package dev.wasmbind.cli;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Assembles small modules whose names no compiler would produce: every export is a function {@code (i32) -> i32}
 * returning its argument, every import a function of the same type.
 */
final class ModuleBytes {
    private final List<String[]> imports = new ArrayList<>();
    private final List<String> exports = new ArrayList<>();
    private byte[] producers;

    ModuleBytes importing(String module, String name) {
        imports.add(new String[] {module, name});
        return this;
    }

    ModuleBytes exporting(String... names) {
        exports.addAll(List.of(names));
        return this;
    }

    /** A producers section with this payload, well-formed or not. */
    ModuleBytes producers(byte[] payload) {
        producers = payload.clone();
        return this;
    }

    byte[] bytes() {
        ByteArrayOutputStream module = new ByteArrayOutputStream();
        module.writeBytes(new byte[] {0, 'a', 's', 'm', 1, 0, 0, 0});
        section(module, 1, vector(1, new byte[] {0x60, 1, 0x7f, 1, 0x7f}));
        ByteArrayOutputStream importEntries = new ByteArrayOutputStream();
        imports.forEach(i -> {
            importEntries.writeBytes(name(i[0]));
            importEntries.writeBytes(name(i[1]));
            importEntries.writeBytes(new byte[] {0, 0});
        });
        section(module, 2, vector(imports.size(), importEntries.toByteArray()));
        ByteArrayOutputStream typeIndices = new ByteArrayOutputStream();
        ByteArrayOutputStream exportEntries = new ByteArrayOutputStream();
        ByteArrayOutputStream bodies = new ByteArrayOutputStream();
        for (int i = 0; i < exports.size(); i++) {
            typeIndices.write(0);
            exportEntries.writeBytes(name(exports.get(i)));
            exportEntries.write(0);
            exportEntries.writeBytes(uleb(imports.size() + i));
            bodies.writeBytes(new byte[] {4, 0, 0x20, 0, 0x0b}); // no locals; local.get 0; end
        }
        section(module, 3, vector(exports.size(), typeIndices.toByteArray()));
        section(module, 7, vector(exports.size(), exportEntries.toByteArray()));
        section(module, 10, vector(exports.size(), bodies.toByteArray()));
        if (producers != null) {
            ByteArrayOutputStream custom = new ByteArrayOutputStream();
            custom.writeBytes(name("producers"));
            custom.writeBytes(producers);
            section(module, 0, custom.toByteArray());
        }
        return module.toByteArray();
    }

    /** A producers payload: one field with (name, version) pairs. */
    static byte[] producersField(String field, String... nameVersionPairs) {
        ByteArrayOutputStream payload = new ByteArrayOutputStream();
        payload.write(1);
        payload.writeBytes(name(field));
        payload.writeBytes(uleb(nameVersionPairs.length / 2));
        for (String text : nameVersionPairs) {
            payload.writeBytes(name(text));
        }
        return payload.toByteArray();
    }

    private static void section(ByteArrayOutputStream module, int id, byte[] content) {
        module.write(id);
        module.writeBytes(uleb(content.length));
        module.writeBytes(content);
    }

    private static byte[] vector(int count, byte[] entries) {
        ByteArrayOutputStream vector = new ByteArrayOutputStream();
        vector.writeBytes(uleb(count));
        vector.writeBytes(entries);
        return vector.toByteArray();
    }

    static byte[] name(String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream name = new ByteArrayOutputStream();
        name.writeBytes(uleb(utf8.length));
        name.writeBytes(utf8);
        return name.toByteArray();
    }

    static byte[] uleb(int value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int rest = value;
        do {
            int low = rest & 0x7f;
            rest >>>= 7;
            out.write(rest == 0 ? low : low | 0x80);
        } while (rest != 0);
        return out.toByteArray();
    }
}
