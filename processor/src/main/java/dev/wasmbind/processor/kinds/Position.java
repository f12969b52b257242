package dev.wasmbind.processor.kinds;

/** Where a value stands in a bound method, and what a kind must be to stand there. */
public enum Position {
    /** A parameter of a guest export, which the binding lowers. */
    EXPORT_PARAMETER(ExportParameterKind.class),
    /** A parameter of a host function, which the adapter reads from the guest's arguments. */
    HOST_PARAMETER(HostParameterKind.class),
    /** An export's result: directly, in the return area, or packed. */
    EXPORT_RESULT(StoredKind.class),
    /** A host function's result, which goes back to the guest as one wasm value. */
    HOST_RESULT(HostResultKind.class),
    /** A component of a record that an export returns. */
    RECORD_COMPONENT(StoredKind.class);

    private final Class<? extends ValueKind> required;

    Position(Class<? extends ValueKind> required) {
        this.required = required;
    }

    /** Whether the kind can stand here. */
    public boolean accepts(ValueKind kind) {
        return required.isInstance(kind);
    }
}
