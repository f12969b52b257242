package dev.wasmbind.processor.kinds;

import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.TypeName;
import java.util.List;

/** The generated code of one export call, as a {@link ResultConvention} sees it: it calls and reads the result. */
public interface ResultCall extends ExportCall {

    /**
     * Calls the export through the {@link dev.wasmbind.runtime.internal.GuestFunction} method {@code function},
     * with {@code hidden} before the arguments as their kinds lower them.
     *
     * @param resultName the name suggested for a local that holds the result, where the call needs one
     * @return the expression of the result, of {@code function}'s return type
     */
    CodeBlock call(RuntimeOp function, List<CodeBlock> hidden, String resultName);

    /** Calls an export that returns nothing, with {@code hidden} before the arguments. */
    void run(List<CodeBlock> hidden);

    /** {@link #declare(Class, String, CodeBlock)} for a type of the compilation, such as a record. */
    String declare(TypeName type, String suggestedName, CodeBlock value);

    /** Adds the statement {@code code;}. */
    void statement(CodeBlock code);

    /** Ends the method with {@code return value;}. */
    void returns(CodeBlock value);
}
