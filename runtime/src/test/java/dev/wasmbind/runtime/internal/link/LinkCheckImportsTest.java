package dev.wasmbind.runtime.internal.link;

import static dev.wasmbind.runtime.internal.Signatures.sig;
import static com.dylibso.chicory.wasm.types.ValType.I32;
import static dev.wasmbind.runtime.internal.link.TestModule.type;
import static org.assertj.core.api.Assertions.assertThat;

import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.FunctionType;
import dev.wasmbind.runtime.internal.HostModuleBinding;
import dev.wasmbind.runtime.internal.ImportSpec;
import dev.wasmbind.runtime.internal.ModuleBinding;
import dev.wasmbind.runtime.internal.RuntimeContract;
import dev.wasmbind.runtime.internal.WasmSignature;
import dev.wasmbind.runtime.internal.link.LinkProblem.OnModule;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which message an import gets when the binding has host interfaces, but none for the import's module. */
class LinkCheckImportsTest {
    private static final String WASM = "guest.wasm";
    private static final FunctionType STRING_ARG = type(List.of(I32, I32));
    private static final FunctionType NO_ARGS = type(List.of());

    private static final ModuleBinding WITH_ENV = ModuleBinding.builder(RuntimeContract.V5, "demo.Guest", WASM)
            .hostModule(new HostModuleBinding("env", "demo.Env", List.of(ImportSpec.of(
                    "log", "void log(String message)",
                    sig("(i32 message.ptr, i32 message.len) -> nil")))), "env")
            .build();

    @Test
    void anImportFromAModuleWithoutHostInterfaceIsNotProvidedThoughOthersAre() {
        WasmModule module = new TestModule()
                .importFunction("env", "log", STRING_ARG)
                .importFunction("other", "log", NO_ARGS)
                .parse();

        List<LinkProblem> expected = List.of(
                new LinkProblem(new OnModule(), LinkMessages.importNotProvided(WASM, "other", "log", NO_ARGS)));
        assertThat(LinkCheck.atCompileTime(module, WASM, WITH_ENV)).isEqualTo(expected);
        assertThat(LinkCheck.atLoad(module, WASM, WITH_ENV, Set.of("env"), List.of())).isEqualTo(expected);
    }
}
