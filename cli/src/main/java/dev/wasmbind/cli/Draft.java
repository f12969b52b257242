package dev.wasmbind.cli;

import dev.wasmbind.processor.abi.AbiType;
import dev.wasmbind.processor.abi.MethodLowering;
import java.util.List;
import java.util.Optional;

/**
 * The drafted source: a {@code @WasmModule} interface with its records (several Go results) and one nested
 * {@code @HostModule} interface per import module, each member with the comments that say where it comes from and
 * what the draft could not tell.
 *
 * @param packageName the package, or empty for none
 * @param header the lines of the comment that opens the file
 */
record Draft(
        String packageName,
        String interfaceName,
        String moduleFile,
        List<String> header,
        List<AbiType> records,
        List<Method> exports,
        List<Host> hosts) {

    /**
     * A method bound to a wasm function.
     *
     * @param wasmName the export or import it binds
     * @param nameAnnotated whether to write {@code @Export}/{@code @Import}: always for exports, for imports only
     *     when the Java name differs
     * @param result empty for {@code void}
     * @param packedResult whether the String or array result arrives as one i64 {@code ptr << 32 | len}
     */
    record Method(
            String javaName,
            String wasmName,
            boolean nameAnnotated,
            List<MethodLowering.Param> params,
            Optional<AbiType> result,
            boolean packedResult,
            boolean hostFrees,
            List<String> comments) {
        Method {
            params = List.copyOf(params);
            comments = List.copyOf(comments);
        }
    }

    /** A {@code @HostModule} interface for one import module. */
    record Host(String javaName, String moduleName, List<Method> imports) {
        Host {
            imports = List.copyOf(imports);
        }
    }

    Draft {
        header = List.copyOf(header);
        records = List.copyOf(records);
        exports = List.copyOf(exports);
        hosts = List.copyOf(hosts);
    }
}
