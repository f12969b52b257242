package dev.wasmbind.runtime.internal.link;

/** How bad a problem is: an error stops the build (and the load), a warning only tells. */
public enum Severity {
    /** The binding cannot work as declared. */
    ERROR,
    /** Something is likely not what the user meant, but the binding works. */
    WARNING
}
