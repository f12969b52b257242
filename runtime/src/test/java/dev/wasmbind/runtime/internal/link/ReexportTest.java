package dev.wasmbind.runtime.internal.link;

import static dev.wasmbind.runtime.internal.Signatures.sig;
import static org.assertj.core.api.Assertions.assertThat;

import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;
import dev.wasmbind.runtime.internal.Allocator;
import dev.wasmbind.runtime.internal.ExportSpec;
import dev.wasmbind.runtime.internal.ModuleBinding;
import dev.wasmbind.runtime.internal.RuntimeContract;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** An export that is an imported function has the import's type (function indices count imports first). */
class ReexportTest {

    @Test
    void checksAReexportedImportAgainstTheImportsType() throws IOException {
        WasmModule module;
        try (InputStream in = ReexportTest.class.getResourceAsStream("/modules/reexport.wasm")) {
            module = Parser.parse(in);
        }
        ModuleBinding write = ModuleBinding.builder(RuntimeContract.V5, "demo.Write", "reexport.wasm")
                .export(ExportSpec.of("Write", "int write(int fd, int iovs, int count, int written)", Allocator.NONE, sig("(i32 fd, i32 iovs, i32 count, i32 written) -> i32")))
                .build();
        ModuleBinding wrong = ModuleBinding.builder(RuntimeContract.V5, "demo.Write", "reexport.wasm")
                .export(ExportSpec.of("Write", "int write(int fd)", Allocator.NONE, sig("(i32 fd) -> i32")))
                .build();

        assertThat(LinkCheck.atLoad(module, "reexport.wasm", write, Set.of(), List.of())).isEmpty();
        assertThat(LinkCheck.atLoad(module, "reexport.wasm", wrong, Set.of(), List.of())).singleElement()
                .satisfies(problem -> assertThat(problem.message().text()).contains("has type (i32, i32, i32, i32) -> i32"));
    }
}
