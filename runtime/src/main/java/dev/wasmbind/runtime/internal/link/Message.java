package dev.wasmbind.runtime.internal.link;

/**
 * A diagnostic: its catalogue entry and its text. The catalogues' factory methods build both together, so an id is
 * never paired with another message's text. The processor prints compile-time diagnostics with the id in brackets;
 * the runtime's {@link dev.wasmbind.runtime.WasmLinkException} gives the plain text, as a load-time exception
 * already says what failed.
 *
 * @param id the catalogue entry: stable code and severity
 * @param text what happened and what to do about it
 */
public record Message(MessageId id, String text) {

    /** The severity of this kind of message. */
    public Severity severity() {
        return id.severity();
    }

    /** Whether this message is an error. */
    public boolean isError() {
        return severity() == Severity.ERROR;
    }
}
