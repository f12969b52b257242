package dev.wasmbind.runtime.internal;

import static dev.wasmbind.runtime.internal.Signatures.sig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wasmbind.runtime.Engine;
import dev.wasmbind.runtime.WasmBindException;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import org.junit.jupiter.api.Test;

/**
 * A binding's default module, found by its class loader. Each test binds a class defined just for it, since the
 * module of a binding class is cached for the class's life.
 */
class DefaultModuleTest {
    private static final ExportSpec LIVE = ExportSpec.of("live", "int live()", Allocator.NONE, sig("() -> i32"));

    /** A generated builder that is given no module, for a binding class never seen before. */
    private static final class DefaultBuilder extends BindingBuilder<DefaultBuilder> {
        DefaultBuilder(String resource) {
            super(newBindingClass(), ModuleBinding.builder(RuntimeContract.V5, "test.Default", resource)
                    .export(LIVE)
                    .build(), Engine.INTERPRETER);
        }

        @Override
        protected DefaultBuilder self() {
            return this;
        }

        Guest build() {
            return instantiate();
        }
    }

    /** A class of this package's class loader that no other test has used as a binding class. */
    static Class<?> newBindingClass() {
        try (InputStream in = DefaultModuleTest.class.getResourceAsStream("ProbeGuest.class")) {
            return MethodHandles.lookup().defineHiddenClass(in.readAllBytes(), false).lookupClass();
        } catch (IOException | IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void loadsTheModuleFromTheBindingClassesClassLoader() {
        try (Guest guest = new DefaultBuilder("modules/allocator.wasm").build()) {
            assertThat(guest.function(LIVE).callI32()).isZero();
        }
    }

    @Test
    void reportsAModuleThatIsNotOnTheClasspath() {
        assertThatThrownBy(() -> new DefaultBuilder("modules/missing.wasm").build())
                .isInstanceOf(WasmBindException.class)
                .hasMessageStartingWith("the wasm module `modules/missing.wasm` is not on the classpath of ")
                .hasMessageEndingWith(": put it under src/main/resources, or pass the module to builder().module(...)");
    }
}
