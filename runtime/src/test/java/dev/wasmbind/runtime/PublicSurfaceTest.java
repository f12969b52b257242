package dev.wasmbind.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The package users see: what it declares, and that none of it names the runtime's internals, which generated code
 * alone may call. The classes come from the compiled package itself, so a new one cannot slip past.
 */
class PublicSurfaceTest {
    private static final String PACKAGE = "dev.wasmbind.runtime";
    private static final String INTERNAL = PACKAGE + ".internal";

    @Test
    void declaresTheseTypesAndNoOthers() throws Exception {
        // adding a public type to the user-facing package is a deliberate act: list it here
        assertThat(publicTypes().stream().map(Class::getName)).containsExactly(
                "dev.wasmbind.runtime.Engine",
                "dev.wasmbind.runtime.GuestBufferWriter",
                "dev.wasmbind.runtime.GuestBuilder",
                "dev.wasmbind.runtime.GuestExitException",
                "dev.wasmbind.runtime.GuestPoisonedException",
                "dev.wasmbind.runtime.InvalidModuleException",
                "dev.wasmbind.runtime.LeakCheck",
                "dev.wasmbind.runtime.LeakCheck$Report",
                "dev.wasmbind.runtime.MemoryKind",
                "dev.wasmbind.runtime.WasmBindException",
                "dev.wasmbind.runtime.WasmCallException",
                "dev.wasmbind.runtime.WasmLinkException");
    }

    @Test
    void namesNoInternalTypeInAnyPublicOrProtectedSignature() throws Exception {
        List<String> leaks = new ArrayList<>();
        for (Class<?> type : publicTypes()) {
            check(leaks, type.getName() + " extends", type.getGenericSuperclass());
            for (Type supertype : type.getGenericInterfaces()) {
                check(leaks, type.getName() + " implements", supertype);
            }
            checkTypeParameters(leaks, type.getName(), type.getTypeParameters());
            for (Field field : type.getDeclaredFields()) {
                if (visible(field.getModifiers()) && !field.isSynthetic()) {
                    check(leaks, type.getName() + "." + field.getName(), field.getGenericType());
                }
            }
            for (Constructor<?> constructor : type.getDeclaredConstructors()) {
                checkExecutable(leaks, type.getName() + ".<init>", constructor);
            }
            for (Method method : type.getDeclaredMethods()) {
                checkExecutable(leaks, type.getName() + "." + method.getName(), method);
                if (visible(method.getModifiers()) && !method.isSynthetic()) {
                    check(leaks, type.getName() + "." + method.getName() + " returns", method.getGenericReturnType());
                }
            }
        }
        assertThat(leaks).isEmpty();
    }

    /** The test sees its own leaks: an internal type in a signature of a type of this test's own. */
    @Test
    void findsAnInternalTypeWhereverASignatureNamesIt() throws Exception {
        Method method = Leaky.class.getDeclaredMethod("binding", List.class);
        List<String> leaks = new ArrayList<>();
        checkExecutable(leaks, "binding", method);
        check(leaks, "binding returns", method.getGenericReturnType());
        checkTypeParameters(leaks, "Leaky", Leaky.class.getTypeParameters());

        assertThat(leaks).containsExactly(
                "binding: dev.wasmbind.runtime.internal.Guest",
                "binding returns: dev.wasmbind.runtime.internal.ModuleBinding",
                "Leaky<T>: dev.wasmbind.runtime.internal.GuestPool");
    }

    /** Declares what a public type must not, each way once. */
    private interface Leaky<T extends dev.wasmbind.runtime.internal.GuestPool<?>> {
        dev.wasmbind.runtime.internal.ModuleBinding[] binding(List<? extends dev.wasmbind.runtime.internal.Guest> guests);
    }

    private static void checkExecutable(List<String> leaks, String where, Executable executable) {
        if (!visible(executable.getModifiers()) || executable.isSynthetic()) {
            return;
        }
        for (Type parameter : executable.getGenericParameterTypes()) {
            check(leaks, where, parameter);
        }
        for (Type thrown : executable.getGenericExceptionTypes()) {
            check(leaks, where + " throws", thrown);
        }
        checkTypeParameters(leaks, where, executable.getTypeParameters());
    }

    private static void checkTypeParameters(List<String> leaks, String where, TypeVariable<?>[] parameters) {
        for (TypeVariable<?> parameter : parameters) {
            for (Type bound : parameter.getBounds()) {
                check(leaks, where + "<" + parameter.getName() + ">", bound);
            }
        }
    }

    /** Adds each internal type that {@code type} names, however deep in its arguments, arrays and bounds. */
    private static void check(List<String> leaks, String where, Type type) {
        if (type instanceof Class<?> raw) {
            Class<?> element = raw;
            while (element.isArray()) {
                element = element.getComponentType();
            }
            if (element.getPackageName().startsWith(INTERNAL)) {
                leaks.add(where + ": " + element.getName());
            }
        } else if (type instanceof ParameterizedType parameterized) {
            check(leaks, where, parameterized.getRawType());
            if (parameterized.getOwnerType() != null) {
                check(leaks, where, parameterized.getOwnerType());
            }
            for (Type argument : parameterized.getActualTypeArguments()) {
                check(leaks, where, argument);
            }
        } else if (type instanceof GenericArrayType array) {
            check(leaks, where, array.getGenericComponentType());
        } else if (type instanceof WildcardType wildcard) {
            Stream.concat(Stream.of(wildcard.getUpperBounds()), Stream.of(wildcard.getLowerBounds()))
                    .forEach(bound -> check(leaks, where, bound));
        }
        // a type variable is checked where it is declared
    }

    private static boolean visible(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    /**
     * Every type of the package's compiled classes that users can name: public, and nested only in public or
     * protected members of such types; sorted by name.
     */
    private static List<Class<?>> publicTypes() throws IOException, URISyntaxException, ClassNotFoundException {
        Path classes = Path.of(Engine.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path directory = classes.resolve(PACKAGE.replace('.', '/'));
        List<String> names;
        try (Stream<Path> files = Files.list(directory)) {
            names = files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".class"))
                    .map(name -> PACKAGE + "." + name.substring(0, name.length() - ".class".length()))
                    .filter(name -> !name.endsWith(".package-info"))
                    .sorted()
                    .toList();
        }
        assertThat(names).as("compiled classes of " + PACKAGE).isNotEmpty();
        List<Class<?>> types = new ArrayList<>();
        for (String name : names) {
            Class<?> type = Class.forName(name, false, PublicSurfaceTest.class.getClassLoader());
            if (reachable(type)) {
                types.add(type);
            }
        }
        return types;
    }

    private static boolean reachable(Class<?> type) {
        if (type.isAnonymousClass() || type.isLocalClass() || type.isSynthetic()) {
            return false;
        }
        Class<?> enclosing = type.getEnclosingClass();
        return enclosing == null ? Modifier.isPublic(type.getModifiers())
                : visible(type.getModifiers()) && reachable(enclosing);
    }
}
