package dev.wasmbind.processor;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * The rules for declarations written in Kotlin, which the processor sees through kapt's Java stub: the stub lacks
 * the functions whose JVM name Kotlin mangles, and marks a nullable type {@code T?} with JetBrains'
 * {@code @Nullable}.
 */
final class KotlinDeclarations {
    /** What kapt puts on a declaration of a nullable type; a Java declaration may carry it as well. */
    static final String NULLABLE = "org.jetbrains.annotations.Nullable";
    /** What every value class carries on the JVM. */
    private static final String JVM_INLINE = "kotlin.jvm.JvmInline";

    private final Elements elements;

    KotlinDeclarations(Elements elements) {
        this.elements = elements;
    }

    /**
     * Reports each abstract function of the interface and its super-interfaces that the metadata lists and the
     * stub lacks: the generated class could not implement it, and javac would fail inside generated code.
     */
    void reportHiddenFunctions(TypeElement type, Reporter reporter) {
        for (TypeElement declaring : InterfaceMethods.hierarchy(type)) {
            Optional<List<KotlinMetadata.Function>> functions = KotlinMetadata.functions(declaring);
            if (functions.isEmpty()) {
                continue;
            }
            Set<String> inStub = ElementFilter.methodsIn(declaring.getEnclosedElements()).stream()
                    .map(method -> method.getSimpleName().toString())
                    .collect(Collectors.toSet());
            for (KotlinMetadata.Function function : functions.get()) {
                if (function.isAbstract() && !inStub.contains(function.jvmName())) {
                    List<String> valueClasses = function.types().stream()
                            .map(KotlinMetadata.Type::qualifiedName)
                            .distinct()
                            .filter(this::isValueClass)
                            .toList();
                    reporter.report(type, Messages.hiddenKotlinFunction(
                            function.toString(), declaring.getQualifiedName().toString(), valueClasses));
                }
            }
        }
    }

    private boolean isValueClass(String qualifiedName) {
        TypeElement type = elements.getTypeElement(qualifiedName);
        return type != null && Annotations.findNamed(type, JVM_INLINE).isPresent();
    }

    /** Whether the declaration is of a nullable type: {@code String?} in Kotlin, {@code @Nullable String} in Java. */
    static boolean isNullable(Element declaration) {
        return Annotations.findNamed(declaration, NULLABLE).isPresent();
    }

    /**
     * How messages name the type of a nullable declaration and its fix, in the language it was declared in:
     * {@code String?} and {@code String} in Kotlin, {@code @Nullable String} and {@code String} in Java.
     */
    static Nullable nullable(TypeMirror type, Element declaration) {
        if (isKotlin(declaration)) {
            String name = kotlinName(type);
            return new Nullable(name + "?", name);
        }
        String name = InterfaceMethods.simpleName(type);
        return new Nullable("@Nullable " + name, name);
    }

    /** A nullable type as a message quotes it, and the type to declare instead. */
    record Nullable(String declared, String fix) {}

    /** Whether the declaration is in a Kotlin class: kapt's stub of it carries the class's metadata. */
    static boolean isKotlin(Element declaration) {
        for (Element e = declaration; e != null; e = e.getEnclosingElement()) {
            if (e instanceof TypeElement && Annotations.findNamed(e, KotlinMetadata.ANNOTATION).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** The Kotlin spelling of a parameter's type: {@code String?} for a nullable String. */
    static String kotlinName(VariableElement param) {
        return kotlinName(param.asType()) + (isNullable(param) ? "?" : "");
    }

    /** The Kotlin spelling of a Java type: {@code Int} for int or Integer, {@code ByteArray} for byte[]. */
    static String kotlinName(TypeMirror type) {
        if (type.getKind().isPrimitive()) {
            return capitalized(type.getKind());
        }
        if (type.getKind() == TypeKind.ARRAY) {
            TypeMirror component = ((ArrayType) type).getComponentType();
            return component.getKind().isPrimitive()
                    ? capitalized(component.getKind()) + "Array"
                    : "Array<" + kotlinName(component) + ">";
        }
        if (type.getKind() == TypeKind.DECLARED) {
            TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
            String name = element.getQualifiedName().toString();
            return switch (name) {
                case "java.lang.Integer" -> "Int";
                case "java.lang.Character" -> "Char";
                case "java.lang.Object" -> "Any";
                default -> element.getSimpleName().toString();
            };
        }
        return type.toString();
    }

    private static String capitalized(TypeKind primitive) {
        String name = primitive.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
