package dev.wasmbind.runtime.internal.link;

import static com.dylibso.chicory.wasm.types.ValType.I32;
import static dev.wasmbind.runtime.internal.link.TestModule.type;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The facts of a module that messages list: function exports, and imports per module. */
class ModuleFactsTest {

    @Test
    void listsExactlyTwentyExportsWithoutACount() {
        List<String> exports = IntStream.range(0, 20).mapToObj(i -> "f" + i).toList();

        assertThat(LinkMessages.noSuchExport("Missing", "m.wasm", exports).text()).endsWith(", `f18`, `f19`");
    }

    @Test
    void namesTheImportsOfOneModuleOnly() {
        ModuleIndex module = new ModuleIndex(new TestModule()
                .importFunction("env", "log", type(List.of(I32)))
                .importFunction("other", "logs", type(List.of(I32)))
                .importFunction("env", "warn", type(List.of(I32)))
                .parse(), "imports.wasm");

        assertThat(module.functionImportNames("env")).containsExactly("log", "warn");
        assertThat(module.functionImportNames("other")).containsExactly("logs");
    }
}
