package dev.wasmbind.processor;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Smoke test of the generated code against the runtime and the test modules: the golden bindings, compiled in
 * memory, load and call their exports. The example module holds the real end-to-end tests.
 */
class GeneratedCodeRunsTest {

    @Test
    void theReadmeBindingCallsGreeter() throws Exception {
        ClassLoader loader = compile("golden/input/demo/ReturnString.java");
        Object binding = load(loader, "demo.ReturnStringWasm", "greeter.wasm");
        try {
            assertThat(call(binding, "add", new Class<?>[] {int.class, int.class}, 2, 3)).isEqualTo(5);
            assertThat(call(binding, "greet", new Class<?>[] {String.class}, "wasm ✓")).isEqualTo("wasm ✓");
            assertThat(call(binding, "returnString", new Class<?>[0])).isEqualTo("");
        } finally {
            ((AutoCloseable) binding).close();
        }
    }

    @Test
    void everyTypeRoundTripsThroughTheLowering() throws Exception {
        ClassLoader loader = compile("golden/input/types/EveryType.java");
        Object binding = load(loader, "types.EveryTypeWasm", "every_type.wasm");
        try {
            // Unsigned echoes its i32: 0xFFFF goes in zero-extended and comes back as the byte 0xFF
            assertThat(call(binding, "unsigned", new Class<?>[] {short.class}, (short) -1)).isEqualTo((byte) -1);
            Object wrapper = call(binding, "wrapped", new Class<?>[] {int.class}, 42);
            assertThat(wrapper.getClass().getMethod("value").invoke(wrapper)).isEqualTo(42);
            // the trivial bodies leave the return area zeroed: every component reads as zero or empty
            Object mixed = call(binding, "record", new Class<?>[] {String.class}, "text");
            assertThat(mixed.getClass().getMethod("text").invoke(mixed)).isEqualTo("");
            assertThat((byte[]) mixed.getClass().getMethod("bytes").invoke(mixed)).isEmpty();
            assertThat(mixed.getClass().getMethod("u").invoke(mixed)).isEqualTo(0L);
            assertThat((int[]) call(binding, "ints", new Class<?>[] {int[].class}, new int[] {1, 2})).isEmpty();
            assertThat(call(binding, "packed", new Class<?>[] {String.class}, "")).isEqualTo("");
            call(binding, "nothing", new Class<?>[0]);
        } finally {
            ((AutoCloseable) binding).close();
        }
    }

    private static Object load(ClassLoader loader, String className, String module) throws Exception {
        Class<?> generated = loader.loadClass(className);
        Object builder = generated.getMethod("builder").invoke(null);
        Method withModule = builder.getClass().getMethod("module", Path.class);
        withModule.invoke(builder, Compilations.MODULES.resolve(module));
        return builder.getClass().getMethod("build").invoke(builder);
    }

    private static Object call(Object binding, String name, Class<?>[] types, Object... args) throws Exception {
        Method method = binding.getClass().getMethod(name, types);
        method.setAccessible(true);
        return method.invoke(binding, args);
    }

    private static ClassLoader compile(String resource) {
        Compilation compilation = Compilations.compile(JavaFileObjects.forResource(resource));
        assertThat(compilation.errors()).isEmpty();
        Map<String, byte[]> classes = new HashMap<>();
        for (JavaFileObject file : compilation.generatedFiles()) {
            if (file.getKind() == JavaFileObject.Kind.CLASS) {
                String path = file.toUri().getPath();
                String name = path.substring(path.indexOf("/CLASS_OUTPUT/") + "/CLASS_OUTPUT/".length(),
                        path.length() - ".class".length()).replace('/', '.');
                classes.put(name, bytes(file));
            }
        }
        return new ClassLoader(GeneratedCodeRunsTest.class.getClassLoader()) {
            @Override
            protected Class<?> findClass(String name) throws ClassNotFoundException {
                byte[] bytes = classes.get(name);
                if (bytes == null) {
                    throw new ClassNotFoundException(name);
                }
                return defineClass(name, bytes, 0, bytes.length);
            }
        };
    }

    private static byte[] bytes(JavaFileObject file) {
        try (InputStream in = file.openInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
