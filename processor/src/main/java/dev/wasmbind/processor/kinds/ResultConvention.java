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

    /** What the declaration stated, kept when the module decides among conventions; by default nothing. */
    default ResultRequest request() {
        return ResultRequest.NONE;
    }

    /** Wasm parameters before the arguments: the address of a return area. */
    default List<WasmSignature.Param> hiddenParams() {
        return List.of();
    }

    /** Bytes of the return area the call needs; 0 for none. */
    default int returnAreaSize() {
        return 0;
    }

    /** What reading the result needs from the guest's allocator: by default {@code free} where the host frees it. */
    default Allocator allocator() {
        return request().hostFrees() ? Allocator.FREE_RESULT : Allocator.NONE;
    }

    /**
     * Whether reading the result needs the call's {@code CallScope}, for guest memory: a return area, or a result that
     * holds a region.
     */
    default boolean needsScope() {
        return returnAreaSize() > 0 || value().filter(JavaValue::holdsRegion).isPresent();
    }

    /** Calls the export through {@code call} and returns the Java result. */
    void writeCall(ResultCall call);

    /** How a message names the convention as one of several a result may take: {@code the result packed}. */
    String description();

    /** The paragraph of the method's Javadoc on how the result comes back; by default none: the wasm type says it. */
    default CodeBlock javadoc() {
        return CodeBlock.of("");
    }

    /** The paragraph of the method's Javadoc on who owns the result's memory; none where it holds no region. */
    default CodeBlock ownershipJavadoc() {
        if (request().hostFrees()) {
            return CodeBlock.of("<p>The result's bytes are the host's ({@code @HostFrees}): the binding copies them "
                    + "out, then\nfrees them with the guest's {@code free}.\n");
        }
        if (value().filter(JavaValue::holdsRegion).isPresent()) {
            return CodeBlock.of(
                    "<p>The result's bytes stay the guest's: the binding copies them out and never frees them.\n");
        }
        return CodeBlock.of("");
    }

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

        /** The rule that decides declared results as {@code declared} does, and open ones as {@code open} does. */
        static Rule of(Rule declared, Rule open) {
            return new Rule() {
                @Override
                public Optional<ResultConvention> declared(Optional<JavaValue> result, ResultRequest request) {
                    return declared.declared(result, request);
                }

                @Override
                public Optional<ResultConvention> open(Optional<JavaValue> result, ResultRequest request) {
                    return open.declared(result, request);
                }
            };
        }
    }
}
