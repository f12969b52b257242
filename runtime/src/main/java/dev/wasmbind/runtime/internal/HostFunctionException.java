package dev.wasmbind.runtime.internal;

/**
 * Carries an exception thrown by a Java host function out through the guest's frames, so that the export the
 * host called into fails with the original exception as its cause.
 */
final class HostFunctionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    HostFunctionException(String moduleName, String importName, Throwable cause) {
        super(CallMessages.hostFunctionThrew(moduleName, importName, cause), cause);
    }
}
