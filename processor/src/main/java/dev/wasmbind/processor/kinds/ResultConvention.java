package dev.wasmbind.processor.kinds;

import com.squareup.javapoet.CodeBlock;
import dev.wasmbind.runtime.internal.Allocator;
import dev.wasmbind.runtime.internal.WasmSignature;
import java.util.List;
import java.util.Optional;

/**
 * How an export's result comes back under the TinyGo ABI: the wasm results and hidden parameters it takes, what it
 * needs from the guest's allocator, the code that calls the export and reads the result, and how messages and
 * Javadoc describe it. Conventions take effect by their {@link Rule}'s registration in {@link ResultConventions}.
 */
public interface ResultConvention extends MethodResult {

    @Override
    Optional<JavaValue> value();

    /** What the declaration stated, which the convention keeps when the module decides among others. */
    ResultRequest request();

    /** Wasm parameters before the arguments: the address of a return area. */
    default List<WasmSignature.Param> hiddenParams() {
        return List.of();
    }

    /** Bytes of the return area the call needs; 0 for none. */
    default int returnAreaSize() {
        return 0;
    }

    /** What reading the result needs from the guest's allocator. */
    Allocator allocator();

    /** Whether reading the result needs the call's {@code CallScope}, for guest memory. */
    boolean needsScope();

    /** Calls the export through {@code call} and returns the Java result. */
    void writeCall(ResultCall call);

    /** How a message names the convention as one of several a result may take: {@code the result packed}. */
    String description();

    /** The paragraphs of the method's Javadoc on how the result comes back and who owns its memory. */
    CodeBlock javadoc();

    /** Decides whether a result takes the convention. */
    interface Rule {

        /** The convention for the result as declared; empty where another rule decides. */
        Optional<ResultConvention> declared(Optional<JavaValue> result, ResultRequest request);

        /**
         * The convention as one way for the module to return a result whose transport the declaration leaves open
         * ({@link ResultRequest#openRegion}); empty where it cannot carry the result.
         */
        default Optional<ResultConvention> open(Optional<JavaValue> result, ResultRequest request) {
            return Optional.empty();
        }
    }
}
