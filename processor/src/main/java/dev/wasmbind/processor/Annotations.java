package dev.wasmbind.processor;

import java.lang.annotation.Annotation;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Reads annotations as mirrors: they locate diagnostics on the annotation or its value, and they read
 * {@code Class[]} values without {@code MirroredTypesException}.
 */
final class Annotations {
    private final Elements elements;

    Annotations(Elements elements) {
        this.elements = elements;
    }

    Optional<AnnotationMirror> find(Element element, Class<? extends Annotation> type) {
        TypeElement wanted = elements.getTypeElement(type.getCanonicalName());
        return element.getAnnotationMirrors().stream()
                .filter(mirror -> mirror.getAnnotationType().asElement().equals(wanted))
                .map(AnnotationMirror.class::cast)
                .findFirst();
    }

    /** An annotation the processor has no class of, by qualified name: {@code kotlin.Metadata}. */
    static Optional<AnnotationMirror> findNamed(Element element, String qualifiedName) {
        return element.getAnnotationMirrors().stream()
                .filter(mirror -> ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName()
                        .contentEquals(qualifiedName))
                .map(AnnotationMirror.class::cast)
                .findFirst();
    }

    /** The value written in the source; empty when the annotation leaves it at its default. */
    static Optional<AnnotationValue> explicitValue(AnnotationMirror mirror, String name) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
                : mirror.getElementValues().entrySet()) {
            if (entry.getKey().getSimpleName().contentEquals(name)) {
                return Optional.of(entry.getValue());
            }
        }
        return Optional.empty();
    }
}
