package dev.wasmbind;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a Java interface as the binding of a WebAssembly module that follows TinyGo's {@code //export} ABI.
 *
 * <p>For interface {@code p.Foo} the processor generates {@code p.FooWasm} (a nested {@code p.Outer.Foo} gives
 * {@code p.Outer_FooWasm}), which implements {@code Foo} and {@link AutoCloseable}. Every abstract method is a call
 * into one guest export; see {@link Export}.
 *
 * <p>When javac reports {@code cannot find symbol FooWasm}, the processor did not run: add
 * {@code dev.wasmbind:wasmbind-processor} to the compiler's {@code annotationProcessorPaths} (Maven) or to the
 * {@code annotationProcessor} configuration (Gradle), beside any processors already listed there.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface WasmModule {
    /**
     * {@return the {@code .wasm} file as a classpath resource, resolved from the classpath root ({@code "greet.wasm"})}
     */
    String value();

    /**
     * The {@link HostModule} interfaces whose implementations the guest calls. The generated builder gets one
     * setter per interface, and {@code load(...)} takes one implementation per interface, in this order.
     *
     * @return the host module interfaces, none by default
     */
    Class<?>[] imports() default {};

    /**
     * Imports that raw Chicory host functions serve, passed to the builder's {@code hostFunctions(...)} rather than
     * declared in a {@link HostModule} interface: such as {@code @RawImport(module = "env", names = "log")}, or
     * {@code @RawImport(module = "env")} for all of a module's functions.
     *
     * @return the imports served by raw host functions, none by default
     */
    RawImport[] rawImports() default {};

    /**
     * Whether a module that is not there while compiling is left for the binding to check when it loads. By default
     * a missing module is a compile error; set this for a module produced after compiling (downloaded, or built by a
     * later step), or pass {@code -Awasmbind.deferMissingModules=true} to do so for every binding. A module that is
     * there is checked while compiling either way.
     *
     * @return whether a missing module is checked when the binding loads instead of failing the compile
     */
    boolean deferIfMissing() default false;
}
