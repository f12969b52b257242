package dev.wasmbind.runtime.internal.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;
import dev.wasmbind.runtime.InvalidModuleException;
import dev.wasmbind.runtime.internal.ModuleBinding;
import dev.wasmbind.runtime.internal.RuntimeContract;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Damaged modules whose indices lead nowhere, each one past the last valid index. Chicory's validation misses some
 * and can be turned off for a module a user parses and passes in; the link check must refuse them, not fail on them.
 */
class ModuleIndexTest {
    private static final ModuleBinding NOTHING =
            ModuleBinding.builder(RuntimeContract.V5, "test.Nothing", "damaged.wasm").build();

    /** One type, {@code () -> ()}; the sections given follow it. */
    private static WasmModule module(int[]... sections) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int[] header = {0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x01, 0x04, 0x01, 0x60, 0x00, 0x00};
        for (int b : header) {
            out.write(b);
        }
        for (int[] section : sections) {
            for (int b : section) {
                out.write(b);
            }
        }
        byte[] bytes = out.toByteArray();
        return Parser.builder().withValidation(false).build().parse(() -> new ByteArrayInputStream(bytes));
    }

    private static void assertRefused(WasmModule module, String detail) {
        assertThatThrownBy(() -> LinkCheck.atLoad(module, "damaged.wasm", NOTHING, Set.of("env"), List.of()))
                .isInstanceOfSatisfying(InvalidModuleException.class, e -> assertThat(e.detail()).isEqualTo(detail));
    }

    @Test
    void refusesAnImportOfAMissingType() {
        // import env.f, a function of type 1
        assertRefused(module(new int[] {0x02, 0x09, 0x01, 0x03, 'e', 'n', 'v', 0x01, 'f', 0x00, 0x01}),
                "import `env.f` has type index 1, but only 1 exist");
    }

    @Test
    void refusesAFunctionOfAMissingType() {
        // function 0 of type 1, its body just `end`
        assertRefused(module(new int[] {0x03, 0x02, 0x01, 0x01}, new int[] {0x0a, 0x04, 0x01, 0x02, 0x00, 0x0b}),
                "function 0 has type index 1, but only 1 exist");
    }

    @Test
    void refusesAnExportOfAMissingFunction() {
        // function 0 of type 0, and an export `g` of function 1
        assertRefused(module(new int[] {0x03, 0x02, 0x01, 0x00}, new int[] {0x07, 0x05, 0x01, 0x01, 'g', 0x00, 0x01},
                        new int[] {0x0a, 0x04, 0x01, 0x02, 0x00, 0x0b}),
                "export `g` has function index 1, but only 1 exist");
    }

    @Test
    void refusesExportsOfAMissingGlobalTableOrMemoryAsChicorysInstantiationWould() {
        // an export `g` of global 0, table 0 or memory 0, where the module has none
        for (int kind = 1; kind <= 3; kind++) {
            String name = new String[] {"", "table", "memory", "global"}[kind];
            assertRefused(module(new int[] {0x07, 0x05, 0x01, 0x01, 'g', kind, 0x00}),
                    "export `g` has " + name + " index 0, but only 0 exist");
        }
        // the last one that exists is fine: memory 0 of one memory
        WasmModule oneMemory = module(new int[] {0x05, 0x03, 0x01, 0x00, 0x01},
                new int[] {0x07, 0x05, 0x01, 0x01, 'g', 0x02, 0x00});
        assertThat(LinkCheck.atLoad(oneMemory, "damaged.wasm", NOTHING, Set.of("env"), List.of())).isEmpty();
        // imported ones count first: table 1 is the module's own, after the imported env.t
        WasmModule twoTables = module(new int[] {0x02, 0x0b, 0x01, 0x03, 'e', 'n', 'v', 0x01, 't', 0x01, 0x70, 0x00,
                        0x00},
                new int[] {0x04, 0x04, 0x01, 0x70, 0x00, 0x00}, new int[] {0x07, 0x05, 0x01, 0x01, 'g', 0x01, 0x01});
        // refused for the imported table, which wasmbind cannot supply, not for the export
        assertThat(LinkCheck.atLoad(twoTables, "damaged.wasm", NOTHING, Set.of("env"), List.of()))
                .extracting(problem -> problem.message().id())
                .containsExactly(LinkMessages.Id.IMPORT_NOT_SUPPORTED);
        assertRefused(module(new int[] {0x04, 0x04, 0x01, 0x70, 0x00, 0x00},
                        new int[] {0x07, 0x05, 0x01, 0x01, 'g', 0x01, 0x01}),
                "export `g` has table index 1, but only 1 exist");
    }

    @Test
    void refusesTwoExportsOfOneNameWhichChicoryParsesButDoesNotInstantiate() {
        // function 0, exported as `f` twice
        assertRefused(module(new int[] {0x03, 0x02, 0x01, 0x00},
                        new int[] {0x07, 0x09, 0x02, 0x01, 'f', 0x00, 0x00, 0x01, 'f', 0x00, 0x00},
                        new int[] {0x0a, 0x04, 0x01, 0x02, 0x00, 0x0b}),
                "exports 0 and 1 are both named `f`, but the exports of a module must have distinct names");
    }
}
