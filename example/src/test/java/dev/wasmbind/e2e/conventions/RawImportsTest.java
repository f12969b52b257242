package dev.wasmbind.e2e.conventions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dylibso.chicory.runtime.HostFunction;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.FunctionImport;
import com.dylibso.chicory.wasm.types.FunctionType;
import dev.wasmbind.runtime.WasmLinkException;
import dev.wasmbind.runtime.internal.link.LinkMessages;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Imports declared in {@code rawImports} are served by the Chicory host functions given to the builder. */
class RawImportsTest {
    private static final WasmModule HOST = parse();
    private final List<String> logged = new ArrayList<>();

    private static WasmModule parse() {
        try (InputStream in = RawImportsTest.class.getResourceAsStream("/host.wasm")) {
            return Parser.parse(in.readAllBytes());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private HostFunction[] envFunctions(String... leftOut) {
        return envFunctions(logged, instance -> { }, leftOut);
    }

    /**
     * A raw host function for every {@code env} import: {@code add} adds and shows {@code onAdd} the instance that
     * calls it, {@code log} adds to {@code logged}, the rest return 0.
     */
    static HostFunction[] envFunctions(List<String> logged, Consumer<Instance> onAdd, String... leftOut) {
        List<HostFunction> functions = new ArrayList<>();
        for (int i = 0; i < HOST.importSection().importCount(); i++) {
            if (!(HOST.importSection().getImport(i) instanceof FunctionImport imported)
                    || !imported.module().equals("env") || List.of(leftOut).contains(imported.name())) {
                continue;
            }
            FunctionType type = HOST.typeSection().getType(imported.typeIndex());
            functions.add(new HostFunction("env", imported.name(), type, switch (imported.name()) {
                case "add" -> (instance, args) -> {
                    onAdd.accept(instance);
                    return new long[] {(int) args[0] + (int) args[1]};
                };
                case "log" -> (instance, args) -> {
                    logged.add(readString(instance, args));
                    return null;
                };
                default -> (instance, args) -> type.returns().isEmpty() ? null : new long[type.returns().size()];
            }));
        }
        return functions.toArray(HostFunction[]::new);
    }

    private static String readString(Instance instance, long[] args) {
        return instance.memory().readString((int) args[0], (int) args[1], StandardCharsets.UTF_8);
    }

    @Test
    void rawHostFunctionsServeTheImportsTheBindingDeclaresRaw() {
        try (RawHostGuestWasm guest = RawHostGuestWasm.builder().hostFunctions(envFunctions()).build()) {
            assertThat(guest.callAdd(40, 2)).isEqualTo(42);
            guest.greet("raw");
        }
        assertThat(logged).containsExactly("wasm >> Hello, raw!");
    }

    @Test
    void loadingWithoutThemFailsNamingEachMissingFunction() {
        FunctionType add = HOST.typeSection().getType(((FunctionImport) HOST.importSection().getImport(2)).typeIndex());

        assertThatThrownBy(() -> RawHostGuestWasm.builder().hostFunctions(envFunctions("add", "log")).build())
                .isInstanceOf(WasmLinkException.class)
                .hasMessageContaining(LinkMessages.rawImportNotSupplied("host.wasm", "env", "add", add).text())
                .hasMessageContaining("`env.log` (i32, i32) -> nil, which @WasmModule(rawImports = ...) leaves");
    }
}
