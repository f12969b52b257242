package dev.wasmbind.runtime.link;

/**
 * One way a module fails to match its binding. The processor reports it on the element {@link #location()} names;
 * the runtime throws all of a binding's errors together in a {@link dev.wasmbind.runtime.WasmLinkException}.
 */
public record LinkProblem(Severity severity, Location location, String message) {

    public enum Severity {
        ERROR,
        WARNING
    }

    /** Where the problem belongs in the user's declaration. */
    public sealed interface Location {}

    /** The binding interface itself (e.g. an import nobody provides). */
    public record OnModule() implements Location {}

    /** The method at this index of {@link dev.wasmbind.runtime.ModuleBinding#exports()}. */
    public record OnExport(int exportIndex) implements Location {}

    /** The method at {@code importIndex} of the host interface at {@code hostModuleIndex}. */
    public record OnHostImport(int hostModuleIndex, int importIndex) implements Location {}

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
