package dev.wasmbind.runtime.internal.link;

import dev.wasmbind.runtime.internal.Modules;
import static dev.wasmbind.runtime.internal.Signatures.sig;
import static org.assertj.core.api.Assertions.assertThat;

import com.dylibso.chicory.wasm.WasmModule;
import dev.wasmbind.runtime.internal.Allocator;
import dev.wasmbind.runtime.internal.ExportSpec;
import dev.wasmbind.runtime.InvalidModuleException;
import dev.wasmbind.runtime.internal.ModuleBinding;
import dev.wasmbind.runtime.internal.RuntimeContract;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * What the processor does with a module it finds, over damaged modules: parse, then link-check. Whatever the
 * bytes, the outcome is a list of problems or an {@link InvalidModuleException}, which the processor reports on
 * the annotation; nothing else may escape into the compiler.
 */
class LinkCheckFuzzTest {
    private static final ModuleBinding ECHO = ModuleBinding.builder(RuntimeContract.V5, "test.Allocator", "allocator.wasm")
            .export(ExportSpec.of("echo", "String echo(String s)", Allocator.ALLOCATE_AND_FREE_RESULT, sig("(i32 retptr, i32 s.ptr, i32 s.len) -> nil")))
            .export(ExportSpec.of("live", "int live()", Allocator.NONE, sig("() -> i32")))
            .returnArea(8)
            .build();

    @Test
    void damagedModulesGiveProblemsOrInvalidModuleExceptionOnly() throws IOException {
        byte[] module;
        try (InputStream in = LinkCheckFuzzTest.class.getResourceAsStream("/modules/allocator.wasm")) {
            module = in.readAllBytes();
        }
        Random random = new Random(8);
        int checked = 0;
        int invalid = 0;
        for (int n = 0; n < 5000; n++) {
            byte[] damaged = n % 10 == 9 ? Arrays.copyOf(module, random.nextInt(module.length)) : module.clone();
            if (n % 10 != 9) {
                damaged[random.nextInt(damaged.length)] ^= (byte) (1 + random.nextInt(255));
            }
            try {
                WasmModule parsed = Modules.parse(damaged, "allocator.wasm");
                assertThat(LinkCheck.atCompileTime(parsed, "allocator.wasm", ECHO)).isNotNull();
                checked++;
            } catch (InvalidModuleException e) {
                // a flipped or cut magic is no wasm at all; any other damage, an invalid module
                assertThat(e.getMessage()).startsWith(e.isWasm() ? "allocator.wasm is not a valid wasm module: "
                        : "allocator.wasm is not a wasm module: ");
                invalid++;
            }
        }
        assertThat(checked).isPositive();
        assertThat(invalid).isPositive();
    }
}
