package dev.wasmbind.processor.kinds;

import com.squareup.javapoet.CodeBlock;

/** The generated code of one export call, as a kind that lowers an argument sees it. */
public interface ExportCall {

    /** How the call's code refers to the binding's {@link dev.wasmbind.runtime.internal.Guest}. */
    String guest();

    /** The variable that holds the call's {@link dev.wasmbind.runtime.internal.CallScope}. */
    String scope();

    /**
     * Declares {@code type name = value;} before the export is called, with a name derived from
     * {@code suggestedName} that no other local or parameter of the method has.
     *
     * @return the name
     */
    String declare(Class<?> type, String suggestedName, CodeBlock value);
}
