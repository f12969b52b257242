package dev.wasmbind.processor;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;

/**
 * The types read as records: Java records, and final classes whose one constructor takes their fields, by name and
 * type, in order, as a Kotlin {@code data class} is in kapt's stub. Generated code creates both alike, with
 * {@code new} and the components in order.
 */
final class RecordTypes {
    private final Types types;

    RecordTypes(Types types) {
        this.types = types;
    }

    /**
     * One component of a record type.
     *
     * @param annotated where its annotations are: the record component, or the constructor parameter (where Kotlin
     *     puts an annotation on a constructor property)
     * @param source where its problems are reported: the field it is stored in, which has a source position
     */
    record Component(String name, TypeMirror type, Element annotated, Element source) {}

    /** The record type this type is, if it is one. */
    Optional<TypeElement> record(TypeMirror type) {
        if (type.getKind() != TypeKind.DECLARED) {
            return Optional.empty();
        }
        TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
        return element.getKind() == ElementKind.RECORD || constructor(element).isPresent()
                ? Optional.of(element)
                : Optional.empty();
    }

    /** The components of a type that {@link #record} returned, in order. */
    List<Component> components(TypeElement record) {
        if (record.getKind() == ElementKind.RECORD) {
            return record.getRecordComponents().stream()
                    .map(component -> new Component(component.getSimpleName().toString(), component.asType(),
                            component, fieldOf(record, component)))
                    .toList();
        }
        List<VariableElement> fields = fields(record);
        List<? extends VariableElement> params = constructor(record).orElseThrow().getParameters();
        return IntStream.range(0, fields.size())
                .mapToObj(i -> new Component(fields.get(i).getSimpleName().toString(), fields.get(i).asType(),
                        params.get(i), fields.get(i)))
                .toList();
    }

    /**
     * The one constructor of a final class that takes the class's instance fields in order, with their names and
     * types; none for any other class. The names must match: fields of one type in another order would be filled
     * with each other's values.
     */
    private Optional<ExecutableElement> constructor(TypeElement type) {
        if (type.getKind() != ElementKind.CLASS || !type.getModifiers().contains(Modifier.FINAL)) {
            return Optional.empty();
        }
        List<ExecutableElement> constructors = ElementFilter.constructorsIn(type.getEnclosedElements());
        if (constructors.size() != 1 || constructors.get(0).getModifiers().contains(Modifier.PRIVATE)) {
            return Optional.empty();
        }
        ExecutableElement constructor = constructors.get(0);
        List<VariableElement> fields = fields(type);
        List<? extends VariableElement> params = constructor.getParameters();
        if (params.isEmpty() || params.size() != fields.size()) {
            return Optional.empty();
        }
        for (int i = 0; i < params.size(); i++) {
            if (!params.get(i).getSimpleName().contentEquals(fields.get(i).getSimpleName())
                    || !types.isSameType(params.get(i).asType(), fields.get(i).asType())) {
                return Optional.empty();
            }
        }
        return Optional.of(constructor);
    }

    private static List<VariableElement> fields(TypeElement type) {
        return ElementFilter.fieldsIn(type.getEnclosedElements()).stream()
                .filter(field -> !field.getModifiers().contains(Modifier.STATIC))
                .toList();
    }

    /**
     * The element to report a record component's problem on: javac 17 has no source position for record
     * components, but has one for the private field each component declares, which sits in the same place.
     */
    private static Element fieldOf(TypeElement record, RecordComponentElement component) {
        return fields(record).stream()
                .filter(field -> field.getSimpleName().contentEquals(component.getSimpleName()))
                .map(Element.class::cast)
                .findFirst()
                .orElse(component);
    }
}
