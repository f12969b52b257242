package dev.wasmbind.cli;

/** A draft cannot be made: a file cannot be read or is no module. The message is the one line the user sees. */
final class DraftException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    DraftException(String message) {
        super(message);
    }
}
