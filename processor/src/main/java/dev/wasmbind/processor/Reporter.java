package dev.wasmbind.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic.Kind;

/** Reports diagnostics and remembers whether any was an error, so validation can go on after the first one. */
final class Reporter {
    /** Where diagnostics go. */
    @FunctionalInterface
    private interface Sink {
        void print(Kind kind, Element element, AnnotationMirror annotation, AnnotationValue value, String message);
    }

    /** A diagnostic held back until the interface it belongs to is known not to wait for a later round. */
    private record Pending(Kind kind, Element element, AnnotationMirror annotation, AnnotationValue value,
            String message) {}

    private final Sink sink;
    private int errors;
    private List<Pending> pending;
    private int errorsAtBegin;

    Reporter(Messager messager) {
        this((kind, element, annotation, value, message) -> {
            if (annotation == null) {
                messager.printMessage(kind, message, element);
            } else if (value == null) {
                messager.printMessage(kind, message, element, annotation);
            } else {
                messager.printMessage(kind, message, element, annotation, value);
            }
        });
    }

    private Reporter(Sink sink) {
        this.sink = sink;
    }

    /**
     * A reporter that only counts: for a host interface of this compilation, validated again for a binding that
     * lists it, whose problems were reported when the host interface itself was processed.
     */
    static Reporter silent() {
        return new Reporter((kind, element, annotation, value, message) -> {});
    }

    /**
     * A reporter that puts everything on one place of this reporter, each message reworded by {@code wording}: for
     * a host interface from the class path, which has no source to point at.
     */
    Reporter relocatedTo(
            Element element, AnnotationMirror annotation, AnnotationValue value, UnaryOperator<String> wording) {
        return new Reporter((kind, ignoredElement, ignoredAnnotation, ignoredValue, message) ->
                report(kind, element, annotation, value, wording.apply(message)));
    }

    void error(Element element, String message) {
        report(Kind.ERROR, element, null, null, message);
    }

    void error(Element element, AnnotationMirror annotation, String message) {
        report(Kind.ERROR, element, annotation, null, message);
    }

    void error(Element element, AnnotationMirror annotation, AnnotationValue value, String message) {
        report(Kind.ERROR, element, annotation, value, message);
    }

    void report(Kind kind, Element element, AnnotationMirror annotation, AnnotationValue value, String message) {
        if (kind == Kind.ERROR) {
            errors++;
        }
        if (pending != null) {
            pending.add(new Pending(kind, element, annotation, value, message));
        } else {
            sink.print(kind, element, annotation, value, message);
        }
    }

    /** Holds back what is reported from now on, until {@link #commit()} prints it or {@link #rollBack()} drops it. */
    void begin() {
        pending = new ArrayList<>();
        errorsAtBegin = errors;
    }

    /** Prints what was held back since {@link #begin()}. */
    void commit() {
        List<Pending> held = pending;
        pending = null;
        held.forEach(p -> sink.print(p.kind(), p.element(), p.annotation(), p.value(), p.message()));
    }

    /** Drops what was reported since {@link #begin()}, as if it had not been. */
    void rollBack() {
        pending = null;
        errors = errorsAtBegin;
    }

    /** Errors reported so far; compare two readings to learn whether a step failed. */
    int errorCount() {
        return errors;
    }
}
