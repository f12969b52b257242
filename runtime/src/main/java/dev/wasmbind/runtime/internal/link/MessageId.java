package dev.wasmbind.runtime.internal.link;

/**
 * One entry of a message catalogue: {@link LinkMessages.Id} here, {@code Messages.Id} in the processor. Each kind of
 * message has its id and severity in one place, so no call site picks either.
 */
public interface MessageId {
    /**
     * The stable code, in kebab case ({@code no-such-export}): it names the message in build output and in issues,
     * so it never changes, however the text is reworded.
     */
    String code();

    /** Whether the message is an error or a warning. */
    Severity severity();
}
