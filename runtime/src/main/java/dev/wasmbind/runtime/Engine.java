package dev.wasmbind.runtime;

/** How Chicory executes the guest. */
public enum Engine {
    /** Chicory's runtime compiler: translates the module to JVM bytecode once per module; fast calls. */
    COMPILER,
    /** Chicory's interpreter: no compilation step; slower calls, quicker to start. */
    INTERPRETER
}
