package dev.wasmbind.processor;

import dev.wasmbind.runtime.internal.link.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic.Kind;

/**
 * Reports diagnostics and remembers whether any was an error, so validation can go on after the first one. Each
 * message brings its severity from its catalogue entry and is printed with its id first, see {@link #text(Message)}.
 */
final class Reporter {
    /** Where diagnostics go. */
    @FunctionalInterface
    private interface Sink {
        void print(Element element, AnnotationMirror annotation, AnnotationValue value, Message message);
    }

    /** A diagnostic held back until the interface it belongs to is known not to wait for a later round. */
    private record Pending(Element element, AnnotationMirror annotation, AnnotationValue value, Message message) {}

    private final Sink sink;
    private int errors;
    private List<Pending> pending;
    private int errorsAtBegin;

    Reporter(Messager messager) {
        this((element, annotation, value, message) -> print(messager, element, annotation, value, message));
    }

    private Reporter(Sink sink) {
        this.sink = sink;
    }

    /** How a diagnostic reads in the compiler's output: {@code [wasmbind:no-such-export] no export ...}. */
    static String text(Message message) {
        return "[wasmbind:" + message.id().code() + "] " + message.text();
    }

    /** Prints at once, on no element: for what concerns the whole compilation, such as an option. */
    static void print(Messager messager, Message message) {
        print(messager, null, null, null, message);
    }

    /**
     * Prints at once, held back by no transaction: for what goes wrong outside the processing of one interface. A
     * {@code null} element, annotation or value leaves the diagnostic that much less precise.
     */
    static void print(
            Messager messager, Element element, AnnotationMirror annotation, AnnotationValue value, Message message) {
        Kind kind = message.isError() ? Kind.ERROR : Kind.WARNING;
        if (element == null) {
            messager.printMessage(kind, text(message));
        } else if (annotation == null) {
            messager.printMessage(kind, text(message), element);
        } else if (value == null) {
            messager.printMessage(kind, text(message), element, annotation);
        } else {
            messager.printMessage(kind, text(message), element, annotation, value);
        }
    }

    /**
     * A reporter that only counts: for a host interface of this compilation, validated again for a binding that
     * lists it, whose problems were reported when the host interface itself was processed.
     */
    static Reporter silent() {
        return new Reporter((element, annotation, value, message) -> {});
    }

    /**
     * A reporter that puts everything on one place of this reporter, each message reworded by {@code wording}: for
     * a host interface from the class path, which has no source to point at.
     */
    Reporter relocatedTo(
            Element element, AnnotationMirror annotation, AnnotationValue value, UnaryOperator<Message> wording) {
        return new Reporter((ignoredElement, ignoredAnnotation, ignoredValue, message) ->
                report(element, annotation, value, wording.apply(message)));
    }

    void report(Element element, Message message) {
        report(element, null, null, message);
    }

    void report(Element element, AnnotationMirror annotation, Message message) {
        report(element, annotation, null, message);
    }

    void report(Element element, AnnotationMirror annotation, AnnotationValue value, Message message) {
        if (message.isError()) {
            errors++;
        }
        if (pending != null) {
            pending.add(new Pending(element, annotation, value, message));
        } else {
            sink.print(element, annotation, value, message);
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
        held.forEach(p -> sink.print(p.element(), p.annotation(), p.value(), p.message()));
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
