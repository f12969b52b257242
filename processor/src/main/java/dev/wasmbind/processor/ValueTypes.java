package dev.wasmbind.processor;

import com.squareup.javapoet.ClassName;
import dev.wasmbind.Unsigned;
import dev.wasmbind.processor.model.JavaValue;
import dev.wasmbind.processor.model.Scalar;
import dev.wasmbind.processor.model.Sequence;
import dev.wasmbind.processor.model.Struct;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Maps Java types onto the values the TinyGo ABI carries, by {@link TypeKind} and {@link Types}. Records are laid out
 * once per round; problems in a record are reported on its components, once, however many methods return it.
 */
final class ValueTypes {
    private final Types types;
    private final TypeMirror string;
    private final Annotations annotations;
    private final Reporter reporter;
    private final Map<TypeElement, Optional<Struct>> structs = new HashMap<>();
    private final Set<TypeElement> inProgress = new HashSet<>();

    ValueTypes(Elements elements, Types types, Annotations annotations, Reporter reporter) {
        this.types = types;
        this.string = elements.getTypeElement(String.class.getCanonicalName()).asType();
        this.annotations = annotations;
        this.reporter = reporter;
    }

    /** A primitive, String or supported array; {@code unsigned} selects the Go unsigned reading of a primitive. */
    Optional<JavaValue> scalarOrSequence(TypeMirror type, boolean unsigned) {
        MissingTypeException.checkExists(type);
        return switch (type.getKind()) {
            case BOOLEAN -> Optional.of(Scalar.BOOLEAN);
            case BYTE -> Optional.of(unsigned ? Scalar.UNSIGNED_BYTE : Scalar.BYTE);
            case SHORT -> Optional.of(unsigned ? Scalar.UNSIGNED_SHORT : Scalar.SHORT);
            case CHAR -> Optional.of(Scalar.CHAR);
            case INT -> Optional.of(Scalar.INT);
            case LONG -> Optional.of(unsigned ? Scalar.UNSIGNED_LONG : Scalar.LONG);
            case FLOAT -> Optional.of(Scalar.FLOAT);
            case DOUBLE -> Optional.of(Scalar.DOUBLE);
            case ARRAY -> slice(((ArrayType) type).getComponentType());
            case DECLARED -> types.isSameType(type, string) ? Optional.of(Sequence.STRING) : Optional.empty();
            default -> Optional.empty();
        };
    }

    private static Optional<JavaValue> slice(TypeMirror element) {
        return switch (element.getKind()) {
            case BYTE -> Optional.of(Sequence.BYTES);
            case INT -> Optional.of(Sequence.INTS);
            case LONG -> Optional.of(Sequence.LONGS);
            case FLOAT -> Optional.of(Sequence.FLOATS);
            case DOUBLE -> Optional.of(Sequence.DOUBLES);
            default -> Optional.empty();
        };
    }

    /** {@code @Unsigned} means something only for byte (uint8), short (uint16) and long (uint32). */
    static boolean unsignedApplies(TypeMirror type) {
        TypeKind kind = type.getKind();
        return kind == TypeKind.BYTE || kind == TypeKind.SHORT || kind == TypeKind.LONG;
    }

    /** The record declaring this type, if it is one. */
    static Optional<TypeElement> record(TypeMirror type) {
        if (type.getKind() != TypeKind.DECLARED) {
            return Optional.empty();
        }
        Element element = ((DeclaredType) type).asElement();
        return element.getKind() == ElementKind.RECORD ? Optional.of((TypeElement) element) : Optional.empty();
    }

    /** The C layout of a record; empty when it has none, which has then been reported. */
    Optional<Struct> struct(TypeElement record) {
        Optional<Struct> known = structs.get(record);
        if (known != null) {
            return known;
        }
        inProgress.add(record);
        try {
            Optional<Struct> struct = layOut(record);
            structs.put(record, struct);
            return struct;
        } finally {
            inProgress.remove(record);
        }
    }

    /**
     * Forgets the records laid out so far: after {@link Reporter#rollBack()}, the problems reported on them are
     * gone, and must be reported again when a record is next used.
     */
    void forget() {
        structs.clear();
    }

    private Optional<Struct> layOut(TypeElement record) {
        int errorsBefore = reporter.errorCount();
        if (isPrivate(record)) {
            reporter.error(record, Messages.privateRecord(record.getQualifiedName().toString()));
        }
        if (record.getRecordComponents().isEmpty()) {
            reporter.error(record, Messages.emptyRecord(record.getQualifiedName().toString()));
        }
        List<Struct.Member> members = new ArrayList<>();
        boolean nestedFailed = false;
        for (RecordComponentElement component : record.getRecordComponents()) {
            Optional<JavaValue> value = component(record, component);
            value.ifPresent(v -> members.add(new Struct.Member(component.getSimpleName().toString(), v)));
            nestedFailed |= value.isEmpty();
        }
        return reporter.errorCount() > errorsBefore || nestedFailed
                ? Optional.empty()
                : Optional.of(Struct.of(ClassName.get(record), members));
    }

    private Optional<JavaValue> component(TypeElement record, RecordComponentElement component) {
        TypeMirror type = component.asType();
        MissingTypeException.checkExists(type);
        String recordName = record.getSimpleName().toString();
        String name = component.getSimpleName().toString();
        Optional<AnnotationMirror> unsigned = annotations.find(component, Unsigned.class);
        boolean unsignedApplies = unsignedApplies(type);
        Element at = sourceOf(record, component);
        if (unsigned.isPresent() && !unsignedApplies) {
            reporter.error(at, Messages.unsignedWrongType(type.toString()));
        }
        Optional<JavaValue> value = scalarOrSequence(type, unsigned.isPresent() && unsignedApplies);
        if (value.isPresent()) {
            return value;
        }
        Optional<TypeElement> nested = record(type);
        if (nested.isEmpty()) {
            reporter.error(at, Messages.unsupportedComponent(recordName, name, type.toString()));
            return Optional.empty();
        }
        if (inProgress.contains(nested.get())) {
            reporter.error(at, Messages.recursiveRecord(recordName, name));
            return Optional.empty();
        }
        return struct(nested.get()).map(JavaValue.class::cast);
    }

    /**
     * The element to report a component's problem on: javac 17 has no source position for record components, but
     * has one for the private field each component declares, which sits in the same place.
     */
    private static Element sourceOf(TypeElement record, RecordComponentElement component) {
        return ElementFilter.fieldsIn(record.getEnclosedElements()).stream()
                .filter(field -> field.getSimpleName().contentEquals(component.getSimpleName()))
                .filter(field -> !field.getModifiers().contains(Modifier.STATIC))
                .map(Element.class::cast)
                .findFirst()
                .orElse(component);
    }

    /** Whether code in any package can name the type: it and every type it is nested in are public. */
    static boolean isVisible(TypeElement type) {
        for (Element e = type; e instanceof TypeElement; e = e.getEnclosingElement()) {
            if (!e.getModifiers().contains(Modifier.PUBLIC)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the type or one it is nested in is private: then code in its package cannot name it. */
    static boolean isPrivate(TypeElement type) {
        for (Element e = type; e instanceof TypeElement; e = e.getEnclosingElement()) {
            if (e.getModifiers().contains(Modifier.PRIVATE)) {
                return true;
            }
        }
        return false;
    }
}
