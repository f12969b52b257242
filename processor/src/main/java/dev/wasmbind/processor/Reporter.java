package dev.wasmbind.processor;

import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic.Kind;

/** Reports diagnostics and remembers whether any was an error, so validation can go on after the first one. */
final class Reporter {
    private final Messager messager;
    private int errors;

    Reporter(Messager messager) {
        this.messager = messager;
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

    void warning(Element element, AnnotationMirror annotation, AnnotationValue value, String message) {
        report(Kind.WARNING, element, annotation, value, message);
    }

    void report(Kind kind, Element element, AnnotationMirror annotation, AnnotationValue value, String message) {
        if (kind == Kind.ERROR) {
            errors++;
        }
        if (annotation == null) {
            messager.printMessage(kind, message, element);
        } else if (value == null) {
            messager.printMessage(kind, message, element, annotation);
        } else {
            messager.printMessage(kind, message, element, annotation, value);
        }
    }

    /** Errors reported so far; compare two readings to learn whether a step failed. */
    int errorCount() {
        return errors;
    }
}
