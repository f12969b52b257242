package dev.wasmbind.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.dylibso.chicory.wasm.types.NameCustomSection;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The frame of each function: its name from the name section, demangled, or its index; the module's label. */
class FunctionNamesTest {

    @Test
    void namesAFrameAfterTheFunctionAndTheModuleFile() {
        FunctionNames names = FunctionNames.of("plugin.wasm", names(null, Map.of(86, "runtime.slicePanic")));

        assertThat(names.frame(86)).isEqualTo(new StackTraceElement("wasm", "runtime.slicePanic",
                "plugin.wasm:func 86", -1));
        assertThat(names.frame(86)).hasToString("wasm.runtime.slicePanic(plugin.wasm:func 86)");
    }

    @Test
    void demanglesRustNames() {
        FunctionNames names = FunctionNames.of("plugin.wasm", names(null, Map.of(
                3, "_ZN4core9panicking5panic17h0123456789abcdefE",
                4, "core::panicking::panic_fmt::h0123456789abcdef")));

        assertThat(names.frame(3).getMethodName()).isEqualTo("core::panicking::panic");
        assertThat(names.frame(4).getMethodName()).isEqualTo("core::panicking::panic_fmt");
    }

    @Test
    void showsTheIndexOfAFunctionWithoutName() {
        FunctionNames names = FunctionNames.of("plugin.wasm", names(null, Map.of(1, "named", 2, "")));

        assertThat(names.frame(0)).hasToString("wasm.func[0](plugin.wasm:func 0)");
        assertThat(names.frame(2)).as("an empty name").hasToString("wasm.func[2](plugin.wasm:func 2)");
        assertThat(FunctionNames.of("plugin.wasm", null).frame(7)).hasToString("wasm.func[7](plugin.wasm:func 7)");
    }

    @Test
    void namesAModuleFromNoFileAsItNamesItselfOrElseWasm() {
        assertThat(FunctionNames.of(null, names("plugin", Map.of(1, "main.parse"))).frame(1))
                .hasToString("wasm.main.parse(plugin:func 1)");
        assertThat(FunctionNames.of(null, names(null, Map.of(1, "main.parse"))).frame(1))
                .hasToString("wasm.main.parse(wasm:func 1)");
        assertThat(FunctionNames.of(null, null).frame(1)).hasToString("wasm.func[1](wasm:func 1)");
        assertThat(FunctionNames.of("file.wasm", names("plugin", Map.of())).frame(1))
                .as("the file first").hasToString("wasm.func[1](file.wasm:func 1)");
    }

    @Test
    void readsNamesOnlyWhenAFrameIsAskedForAndThenOnce() {
        AtomicInteger reads = new AtomicInteger();
        FunctionNames names = FunctionNames.readOnFailure("plugin.wasm", () -> {
            reads.incrementAndGet();
            return names(null, Map.of(1, "main.parse"));
        });
        assertThat(reads).hasValue(0);

        assertThat(names.frame(1).getMethodName()).isEqualTo("main.parse");
        assertThat(names.frame(0).getMethodName()).isEqualTo("func[0]");
        assertThat(reads).hasValue(1);
    }

    @Test
    void showsIndicesWhenTheNamesCannotBeRead() {
        FunctionNames names = FunctionNames.readOnFailure("plugin.wasm", () -> {
            throw new IllegalStateException("the module is gone");
        });

        assertThat(names.frame(1)).hasToString("wasm.func[1](plugin.wasm:func 1)");
    }

    @Test
    void takesTheFileNameOfAResourcePath() {
        assertThat(FunctionNames.fileName("dir/sub/plugin.wasm")).isEqualTo("plugin.wasm");
        assertThat(FunctionNames.fileName("plugin.wasm")).isEqualTo("plugin.wasm");
    }

    /** A name section with a module name (subsection 0) if given, and these function names (subsection 1). */
    private static NameCustomSection names(String moduleName, Map<Integer, String> functions) {
        ByteArrayOutputStream section = new ByteArrayOutputStream();
        if (moduleName != null) {
            subsection(section, 0, name(moduleName));
        }
        ByteArrayOutputStream entries = new ByteArrayOutputStream();
        entries.write(functions.size());
        new TreeMap<>(functions).forEach((index, name) -> {
            entries.write(index);
            entries.writeBytes(name(name));
        });
        subsection(section, 1, entries.toByteArray());
        return NameCustomSection.parse(section.toByteArray());
    }

    private static void subsection(ByteArrayOutputStream section, int id, byte[] content) {
        section.write(id);
        section.write(content.length);
        section.writeBytes(content);
    }

    /** A name as the binary format writes it: its UTF-8 length (one LEB128 byte here) and its bytes. */
    private static byte[] name(String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(utf8.length);
        out.writeBytes(utf8);
        return out.toByteArray();
    }
}
