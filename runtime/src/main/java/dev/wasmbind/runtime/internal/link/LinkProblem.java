package dev.wasmbind.runtime.internal.link;

import dev.wasmbind.runtime.internal.ExportSpec;
import dev.wasmbind.runtime.internal.HostModuleBinding;
import dev.wasmbind.runtime.internal.ImportSpec;
import dev.wasmbind.runtime.internal.RawImport;

/**
 * One way a module fails to match its binding. The processor reports it on the element {@link #location()} names;
 * the runtime throws all of a binding's errors together in a {@link dev.wasmbind.runtime.WasmLinkException}.
 *
 * @param location where the problem belongs in the user's declaration
 * @param message what is wrong; its catalogue entry gives the severity
 */
public record LinkProblem(Location location, Message message) {

    /** Where the problem belongs in the user's declaration. */
    public sealed interface Location {}

    /** The binding interface itself (e.g. an import nobody provides). */
    public record OnModule() implements Location {}

    /** The guest's allocator: {@code @AllocatorExports} where the interface has it, else the interface itself. */
    public record OnAllocator() implements Location {}

    /** The binding method that declared this export, one of {@link dev.wasmbind.runtime.internal.ModuleBinding#exports()}. */
    public record OnExport(ExportSpec export) implements Location {}

    /**
     * A parameter of the binding method that declared this export, the one the message names.
     *
     * @param parameter the parameter's Java name
     */
    public record OnExportParameter(ExportSpec export, String parameter) implements Location {}

    /** An entry of {@code @WasmModule(rawImports = ...)}. */
    public record OnRawImport(RawImport rawImport) implements Location {}

    /** The method of a host interface that implements this import. */
    public record OnHostImport(HostModuleBinding module, ImportSpec function) implements Location {}

    /**
     * A parameter of the host interface method that implements this import, the one the message names.
     *
     * @param parameter the parameter's Java name
     */
    public record OnHostImportParameter(HostModuleBinding module, ImportSpec function, String parameter)
            implements Location {}

    /** Whether the problem is an error, as its message's catalogue entry says. */
    public boolean isError() {
        return message.isError();
    }
}
