package dev.wasmbind.processor;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
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
    void aMultiValueResultComesBackAsTheRegionItNames() throws Exception {
        ClassLoader loader = compile("golden/input/transports/Transports.java");
        Object binding = load(loader, "transports.TransportsWasm", "transports.wasm");
        try {
            // Pair returns its argument's (ptr, len): the copy the binding made, read back before it is freed
            assertThat(call(binding, "pair", new Class<?>[] {String.class}, "multi ✓ value")).isEqualTo("multi ✓ value");
            assertThat(call(binding, "pair", new Class<?>[] {String.class}, "")).isEqualTo("");
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

    @Test
    void hostFunctionsGetEveryArgumentKindFromTheGuestAndLowerTheirResults() throws Exception {
        ClassLoader loader = compile("golden/input/host/Env.java", "golden/input/host/HostGuest.java");
        Class<?> env = loader.loadClass("host.Env");
        Class<?> clock = loader.loadClass("host.HostGuest$Clock");
        List<String> calls = new ArrayList<>();
        Object envImplementation = implementation(loader, env, (name, args) -> switch (name) {
            case "log", "everyParameter" -> {
                calls.add(name + " " + Arrays.deepToString(args));
                yield null;
            }
            case "add" -> (int) args[0] + (int) args[1];
            case "uint8" -> (byte) 0xFF;
            case "uint32" -> 4294967295L;
            default -> throw new UnsupportedOperationException(name);
        });
        Object clockImplementation = implementation(loader, clock, (name, args) -> 42L);

        Class<?> generated = loader.loadClass("host.HostGuestWasm");
        Object builder = generated.getMethod("builder").invoke(null);
        builder.getClass().getMethod("module", Path.class)
                .invoke(builder, Compilations.MODULES.resolve("host_imports.wasm"));
        builder.getClass().getMethod("env", env).invoke(builder, envImplementation);
        builder.getClass().getMethod("clock", clock).invoke(builder, clockImplementation);
        Object binding = builder.getClass().getMethod("build").invoke(builder);
        try {
            call(binding, "greet", new Class<?>[] {String.class}, "wörld");
            call(binding, "params", new Class<?>[0]);
            assertThat(calls).containsExactly("log [wörld]", "everyParameter [true, -1, -1, -2, -1, A, 7, 4294967295, "
                    + "-3, 1.5, -2.5, hi, [1, 2], [3], [4], [5.0], [6.0]]");
            assertThat(call(binding, "add", new Class<?>[] {int.class, int.class}, 2, 3)).isEqualTo(5);
            // 0xFF goes to the guest zero-extended and comes back as the same byte
            assertThat(call(binding, "uint8", new Class<?>[0])).isEqualTo((byte) 0xFF);
            assertThat(call(binding, "uint32", new Class<?>[0])).isEqualTo(4294967295L);
            assertThat(call(binding, "now", new Class<?>[0])).isEqualTo(42L);
        } finally {
            ((AutoCloseable) binding).close();
        }
    }

    /** An implementation of a host interface that answers each call by method name. */
    private static Object implementation(
            ClassLoader loader, Class<?> hostInterface, BiFunction<String, Object[], Object> answer) {
        return Proxy.newProxyInstance(loader, new Class<?>[] {hostInterface},
                (proxy, method, args) -> answer.apply(method.getName(), args));
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

    private static ClassLoader compile(String... resources) {
        Compilation compilation = Compilations.compile(Arrays.stream(resources)
                .map(JavaFileObjects::forResource)
                .toArray(JavaFileObject[]::new));
        assertThat(compilation.errors()).isEmpty();
        Map<String, byte[]> classes = new HashMap<>();
        Compilations.classFiles(compilation).forEach((path, bytes) -> classes.put(
                path.substring(0, path.length() - ".class".length()).replace('/', '.'), bytes));
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
}
