package dev.wasmbind.processor;

import com.squareup.javapoet.ClassName;
import dev.wasmbind.Unsigned;
import dev.wasmbind.processor.kinds.JavaTypes;
import dev.wasmbind.processor.kinds.Position;
import dev.wasmbind.processor.kinds.ValueKind;
import dev.wasmbind.processor.kinds.ValueKinds;
import dev.wasmbind.processor.kinds.MemoryValue;
import dev.wasmbind.processor.kinds.Struct;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Maps Java types onto the values the TinyGo ABI carries: the value kinds of {@link ValueKinds}, and records, which are
 * laid out once per round; problems in a record are reported on its components, once, however many methods return it.
 */
final class ValueTypes {
    private final JavaTypes javaTypes;
    private final Annotations annotations;
    private final Reporter reporter;
    private final RecordTypes recordTypes;
    private final Map<TypeElement, Optional<Struct>> structs = new HashMap<>();
    private final Set<TypeElement> inProgress = new HashSet<>();

    ValueTypes(Elements elements, Types types, Annotations annotations, Reporter reporter) {
        this.javaTypes = new JavaTypes(elements, types);
        this.annotations = annotations;
        this.reporter = reporter;
        this.recordTypes = new RecordTypes(types);
    }

    /**
     * The registered value kind that the type is and that can stand at the position; {@code unsigned} selects the
     * {@code @Unsigned} reading of a primitive. The caller has checked that the type exists
     * ({@link MissingTypeException#checkExists}).
     */
    Optional<ValueKind> kind(TypeMirror type, boolean unsigned, Position position) {
        return ValueKinds.find(type, unsigned, position, javaTypes);
    }

    /** Whether {@code @Unsigned} means something on the type: a registered kind is its unsigned reading. */
    boolean unsignedApplies(TypeMirror type) {
        return ValueKinds.hasUnsignedReading(type, javaTypes);
    }

    /** The record type this is, if it is one: a Java record, or a class {@link RecordTypes} reads as one. */
    Optional<TypeElement> record(TypeMirror type) {
        return recordTypes.record(type);
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
            reporter.report(record, Messages.privateRecord(record.getQualifiedName().toString()));
        }
        List<RecordTypes.Component> components = recordTypes.components(record);
        if (components.isEmpty()) {
            reporter.report(record, Messages.emptyRecord(record.getQualifiedName().toString()));
        }
        List<Struct.Member> members = new ArrayList<>();
        boolean nestedFailed = false;
        for (RecordTypes.Component component : components) {
            Optional<MemoryValue> value = component(record, component);
            value.ifPresent(v -> members.add(new Struct.Member(component.name(), v)));
            nestedFailed |= value.isEmpty();
        }
        return reporter.errorCount() > errorsBefore || nestedFailed
                ? Optional.empty()
                : Optional.of(Struct.of(ClassName.get(record), members));
    }

    private Optional<MemoryValue> component(TypeElement record, RecordTypes.Component component) {
        TypeMirror type = component.type();
        MissingTypeException.checkExists(type);
        String recordName = record.getSimpleName().toString();
        String name = component.name();
        Optional<AnnotationMirror> unsigned = annotations.find(component.annotated(), Unsigned.class);
        boolean unsignedApplies = unsignedApplies(type);
        Element at = component.source();
        // JetBrains' @Nullable does not apply to record components, and reaches a Java record's field instead
        if (KotlinDeclarations.isNullable(component.annotated()) || KotlinDeclarations.isNullable(at)) {
            KotlinDeclarations.Nullable nullable = KotlinDeclarations.nullable(type, component.annotated());
            reporter.report(at, Messages.nullableComponent(recordName, name, nullable.declared(), nullable.fix()));
            return Optional.empty();
        }
        if (unsigned.isPresent() && !unsignedApplies) {
            reporter.report(at, Messages.unsignedWrongType(type.toString()));
        }
        Optional<ValueKind> kind = kind(type, unsigned.isPresent() && unsignedApplies, Position.RECORD_COMPONENT);
        if (kind.isPresent()) {
            // what can be a component is stored in memory
            return kind.map(MemoryValue.class::cast);
        }
        Optional<TypeElement> nested = record(type);
        if (nested.isEmpty()) {
            reporter.report(at, Messages.unsupportedComponent(recordName, name, type.toString()));
            return Optional.empty();
        }
        if (inProgress.contains(nested.get())) {
            reporter.report(at, Messages.recursiveRecord(recordName, name));
            return Optional.empty();
        }
        return struct(nested.get()).map(MemoryValue.class::cast);
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
