package dev.wasmbind.e2e;

import static com.dylibso.chicory.wasm.types.ValType.I32;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.types.Export;
import com.dylibso.chicory.wasm.types.ExportSection;
import com.dylibso.chicory.wasm.types.ExternalType;
import com.dylibso.chicory.wasm.types.FunctionType;
import com.dylibso.chicory.wasm.types.ValType;
import dev.wasmbind.runtime.internal.Allocator;
import dev.wasmbind.runtime.internal.ExportSpec;
import dev.wasmbind.runtime.WasmBindException;
import dev.wasmbind.runtime.WasmLinkException;
import dev.wasmbind.runtime.internal.WasmSignature;
import dev.wasmbind.runtime.internal.link.LinkMessages;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A module the processor could not see is checked when the binding loads, before any call, with the messages the
 * processor reports at compile time (both come from {@link LinkMessages}).
 */
class LoadTimeCheckTest {
    @Test
    void reportsEveryMismatchBeforeAnyCall(@TempDir Path dir) throws IOException {
        Path late = dir.resolve("late.wasm");
        try (InputStream in = LoadTimeCheckTest.class.getResourceAsStream("/return_string.wasm")) {
            Files.write(late, in.readAllBytes());
        }
        ExportSpec add = new ExportSpec("Add", "long add(int a, int b)",
                WasmSignature.builder().i32("a").i32("b").returns(ValType.I64), Allocator.NONE);

        assertThatThrownBy(() -> LateModuleWasm.builder().module(late).build())
                .isInstanceOf(WasmLinkException.class)
                .hasMessage("the module does not match dev.wasmbind.e2e.LateModule:\n  "
                        + LinkMessages.noSuchExport("RetrunString", "late.wasm", functionExports(late)).text() + "\n  "
                        + LinkMessages.exportTypeMismatch(
                                add, "late.wasm", FunctionType.of(List.of(I32, I32), List.of(I32))).text())
                .hasMessageStartingWith("the module does not match dev.wasmbind.e2e.LateModule:\n  no export "
                        + "`RetrunString` in late.wasm; did you mean `ReturnString`?");
    }

    @Test
    void saysWhereToPutAModuleThatIsNowhere() {
        assertThatThrownBy(LateModuleWasm::load)
                .isInstanceOf(WasmBindException.class)
                .hasMessage("the wasm module `late.wasm` is not on the classpath of dev.wasmbind.e2e.LateModuleWasm: "
                        + "put it under src/main/resources, or pass the module to builder().module(...)");
    }

    private static List<String> functionExports(Path module) {
        ExportSection exports = Parser.parse(module).exportSection();
        return IntStream.range(0, exports.exportCount())
                .mapToObj(exports::getExport)
                .filter(export -> export.exportType() == ExternalType.FUNCTION)
                .map(Export::name)
                .toList();
    }
}
