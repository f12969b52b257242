package dev.wasmbind.processor.kinds;

import com.squareup.javapoet.CodeBlock;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;

/**
 * A public runtime method that generated code calls. It is looked up by name and parameter types when the processor
 * class that declares it loads, so a runtime method that is renamed, retyped or removed fails every processor test
 * at once, instead of the compile of the code generated for a user.
 */
public final class RuntimeOp {
    private final Method method;

    private RuntimeOp(Method method) {
        this.method = method;
    }

    /**
     * The public method {@code owner.name(parameterTypes)}.
     *
     * @throws IllegalStateException when the runtime has no such method: processor and runtime disagree
     */
    public static RuntimeOp of(Class<?> owner, String name, Class<?>... parameterTypes) {
        try {
            return new RuntimeOp(owner.getMethod(name, parameterTypes));
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("the wasmbind runtime has no method " + owner.getName() + "." + name
                    + Arrays.toString(parameterTypes) + ", which the processor generates calls to", e);
        }
    }

    /**
     * This method, after checking that it returns {@code type}.
     *
     * @throws IllegalStateException when it returns another type
     */
    public RuntimeOp returning(Class<?> type) {
        if (method.getReturnType() != type) {
            throw new IllegalStateException("the wasmbind runtime's " + method + " returns "
                    + method.getReturnType().getName() + ", but the processor expects " + type.getName());
        }
        return this;
    }

    /** The type the method returns. */
    public Class<?> returnType() {
        return method.getReturnType();
    }

    /** A call of this static method: {@code Owner.name(arguments)}. */
    public CodeBlock call(CodeBlock... arguments) {
        requireStatic(true);
        return CodeBlock.of("$T.$N($L)", method.getDeclaringClass(), method.getName(), join(List.of(arguments)));
    }

    /** A call of this instance method on {@code receiver}, a variable or field: {@code receiver.name(arguments)}. */
    public CodeBlock callOn(String receiver, CodeBlock... arguments) {
        return callOn(receiver, List.of(arguments));
    }

    /** {@link #callOn(String, CodeBlock...)} with the arguments in a list. */
    public CodeBlock callOn(String receiver, List<CodeBlock> arguments) {
        requireStatic(false);
        return CodeBlock.of("$L.$N($L)", receiver, method.getName(), join(arguments));
    }

    private void requireStatic(boolean isStatic) {
        if (Modifier.isStatic(method.getModifiers()) != isStatic) {
            throw new IllegalStateException(method + (isStatic ? " is no static method" : " is static"));
        }
    }

    private static CodeBlock join(List<CodeBlock> arguments) {
        return CodeBlock.join(arguments, ",$W");
    }

    @Override
    public String toString() {
        return method.toString();
    }
}
