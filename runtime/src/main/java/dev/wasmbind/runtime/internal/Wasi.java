package dev.wasmbind.runtime.internal;

import com.dylibso.chicory.runtime.HostFunction;
import com.dylibso.chicory.wasi.WasiPreview1;
import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.ImportSection;
import java.util.HashSet;
import java.util.Set;

/**
 * WASI preview 1 as wasmbind supplies it: Chicory's implementation, set up only for a module that imports from it.
 * A module that does not pays nothing for it at start-up, where Chicory's WASI costs tens of classes and lambdas.
 */
public final class Wasi {
    /** The import module of every WASI preview 1 function, fixed by the WASI ABI. */
    public static final String MODULE = "wasi_snapshot_preview1";

    private Wasi() {}

    /** Whether the module imports anything from {@link #MODULE}: only then do its instances need a WASI context. */
    public static boolean importedBy(WasmModule module) {
        ImportSection imports = module.importSection();
        for (int i = 0; i < imports.importCount(); i++) {
            if (imports.getImport(i).module().equals(MODULE)) {
                return true;
            }
        }
        return false;
    }

    /** Whether Chicory's WASI implements this import, so that every instance is given it. */
    public static boolean provides(String module, String name) {
        return module.equals(MODULE) && Functions.NAMES.contains(name);
    }

    /** Listed when first asked for: Chicory lists its WASI functions only as the host functions of a context. */
    private static final class Functions {
        static final Set<String> NAMES = names();

        private static Set<String> names() {
            Set<String> names = new HashSet<>();
            try (WasiPreview1 wasi = WasiPreview1.builder().build()) {
                for (HostFunction function : wasi.toHostFunctions()) {
                    names.add(function.name());
                }
            }
            return Set.copyOf(names);
        }
    }
}
