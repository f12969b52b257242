package dev.wasmbind.processor.kinds;

import java.util.Map;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** Tells whether a type of the compilation is a given Java class, by {@link TypeKind} and {@link Types}. */
public final class JavaTypes {
    private static final Map<Class<?>, TypeKind> PRIMITIVES = Map.of(
            boolean.class, TypeKind.BOOLEAN,
            byte.class, TypeKind.BYTE,
            short.class, TypeKind.SHORT,
            char.class, TypeKind.CHAR,
            int.class, TypeKind.INT,
            long.class, TypeKind.LONG,
            float.class, TypeKind.FLOAT,
            double.class, TypeKind.DOUBLE);

    private final Elements elements;
    private final Types types;

    /** Compares with the types of the compilation that {@code elements} and {@code types} belong to. */
    public JavaTypes(Elements elements, Types types) {
        this.elements = elements;
        this.types = types;
    }

    /**
     * Whether {@code type} is {@code javaType}: the same primitive, an array of the same element type, or the same
     * class. A class the compilation cannot see matches nothing.
     */
    public boolean isType(TypeMirror type, Class<?> javaType) {
        if (javaType.isPrimitive()) {
            return type.getKind() == PRIMITIVES.get(javaType);
        }
        if (javaType.isArray()) {
            return type.getKind() == TypeKind.ARRAY
                    && isType(((ArrayType) type).getComponentType(), javaType.getComponentType());
        }
        if (type.getKind() != TypeKind.DECLARED) {
            return false;
        }
        TypeElement element = elements.getTypeElement(javaType.getCanonicalName());
        return element != null && types.isSameType(type, element.asType());
    }
}
