package dev.wasmbind.runtime.internal.link;

import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.ExternalType;
import com.dylibso.chicory.wasm.types.FunctionType;
import com.dylibso.chicory.wasm.types.ValType;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Writes a minimal wasm binary with just the parts a link check looks at: imports, exported functions (whose bodies
 * are {@code unreachable}), an exported memory and exported globals. Items are exported in the order they are added.
 */
final class TestModule {
    private static final int SECTION_TYPE = 1;
    private static final int SECTION_IMPORT = 2;
    private static final int SECTION_FUNCTION = 3;
    private static final int SECTION_MEMORY = 5;
    private static final int SECTION_GLOBAL = 6;
    private static final int SECTION_EXPORT = 7;
    private static final int SECTION_CODE = 10;

    private record Item(String module, String name, ExternalType kind, FunctionType type) {}

    private final List<Item> imports = new ArrayList<>();
    private final List<Item> exports = new ArrayList<>();

    /** (params) -> results, e.g. {@code type(List.of(I32, I32), I32)} for (i32, i32) -> i32. */
    static FunctionType type(List<ValType> params, ValType... results) {
        return FunctionType.of(params, Arrays.asList(results));
    }

    TestModule importFunction(String module, String name, FunctionType type) {
        imports.add(new Item(module, name, ExternalType.FUNCTION, type));
        return this;
    }

    TestModule importMemory(String module, String name) {
        imports.add(new Item(module, name, ExternalType.MEMORY, null));
        return this;
    }

    TestModule function(String exportName, FunctionType type) {
        exports.add(new Item(null, exportName, ExternalType.FUNCTION, type));
        return this;
    }

    TestModule global(String exportName) {
        exports.add(new Item(null, exportName, ExternalType.GLOBAL, null));
        return this;
    }

    TestModule memory(String exportName) {
        exports.add(new Item(null, exportName, ExternalType.MEMORY, null));
        return this;
    }

    WasmModule parse() {
        return Parser.parse(bytes());
    }

    private byte[] bytes() {
        List<Item> importedFunctions = of(imports, ExternalType.FUNCTION);
        List<Item> functions = of(exports, ExternalType.FUNCTION);
        List<Item> globals = of(exports, ExternalType.GLOBAL);
        List<Item> memories = of(exports, ExternalType.MEMORY);
        // One type per function, imported ones first, so a function's type index is its function index.
        List<Item> typed = new ArrayList<>(importedFunctions);
        typed.addAll(functions);

        Bytes out = new Bytes();
        out.raw(0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00);
        out.section(SECTION_TYPE, typed, (s, f) -> {
            s.raw(0x60).vector(f.type().params(), Bytes::valType).vector(f.type().returns(), Bytes::valType);
        });
        out.section(SECTION_IMPORT, imports, (s, i) -> {
            s.name(i.module()).name(i.name());
            if (i.kind() == ExternalType.FUNCTION) {
                s.raw(0x00).u32(importedFunctions.indexOf(i));
            } else {
                s.raw(0x02, 0x00, 0x01); // memory, limits: min 1 page, no max
            }
        });
        out.section(SECTION_FUNCTION, functions, (s, f) -> s.u32(typed.indexOf(f)));
        out.section(SECTION_MEMORY, memories, (s, m) -> s.raw(0x00, 0x01));
        out.section(SECTION_GLOBAL, globals, (s, g) -> s.raw(0x7f, 0x00, 0x41, 0x00, 0x0b)); // const i32 = 0
        out.section(SECTION_EXPORT, exports, (s, e) -> {
            List<Item> sameKind = of(exports, e.kind());
            int offset = e.kind() == ExternalType.FUNCTION ? importedFunctions.size() : 0;
            s.name(e.name()).raw(e.kind().id()).u32(offset + sameKind.indexOf(e));
        });
        out.section(SECTION_CODE, functions, (s, f) -> s.raw(0x03, 0x00, 0x00, 0x0b)); // no locals; unreachable
        return out.toByteArray();
    }

    private static List<Item> of(List<Item> items, ExternalType kind) {
        return items.stream().filter(item -> item.kind() == kind).toList();
    }

    /** The binary encoding: LEB128 integers, length-prefixed names and vectors, sized sections. */
    private static final class Bytes extends ByteArrayOutputStream {
        interface Writer<T> {
            void write(Bytes out, T item);
        }

        Bytes raw(int... values) {
            for (int value : values) {
                write(value);
            }
            return this;
        }

        Bytes u32(int value) {
            do {
                int low = value & 0x7f;
                value >>>= 7;
                write(value == 0 ? low : low | 0x80);
            } while (value != 0);
            return this;
        }

        Bytes name(String name) {
            byte[] utf8 = name.getBytes(StandardCharsets.UTF_8);
            u32(utf8.length);
            write(utf8, 0, utf8.length);
            return this;
        }

        <T> Bytes vector(List<T> items, Writer<T> writer) {
            u32(items.size());
            items.forEach(item -> writer.write(this, item));
            return this;
        }

        <T> void section(int id, List<T> items, Writer<T> writer) {
            if (items.isEmpty()) {
                return;
            }
            Bytes content = new Bytes().vector(items, writer);
            raw(id).u32(content.size());
            write(content.toByteArray(), 0, content.size());
        }

        void valType(ValType type) {
            raw(type.opcode());
        }
    }
}
