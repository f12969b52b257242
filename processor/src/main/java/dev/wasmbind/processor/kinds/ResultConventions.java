package dev.wasmbind.processor.kinds;

import java.util.List;
import java.util.Optional;

/**
 * The registered result conventions, in the order they decide a declared result and are offered for a result the
 * module decides. A convention takes effect by its line here.
 */
public final class ResultConventions {
    private static final List<ResultConvention.Rule> RULES = List.of(
            VoidResult.RULE,
            DirectResult.RULE,
            ReturnAreaResult.RULE,
            PackedRegionResult.RULE,
            MultiValueResult.RULE);

    private ResultConventions() {}

    /**
     * The convention of a result as declared: the first rule's that decides it.
     *
     * @throws IllegalArgumentException for a result no convention carries, which validation lets through never
     */
    public static ResultConvention declared(Optional<JavaValue> result, ResultRequest request) {
        return RULES.stream()
                .flatMap(rule -> rule.declared(result, request).stream())
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no result convention carries " + result));
    }

    /**
     * The conventions the module may have used for the result of {@code declared}: every one that can carry it
     * where the declaration leaves the transport open, in registration order; else {@code declared} alone.
     */
    public static List<ResultConvention> possible(ResultConvention declared) {
        List<ResultConvention> open = RULES.stream()
                .flatMap(rule -> rule.open(declared.value(), declared.request()).stream())
                .toList();
        return open.isEmpty() ? List.of(declared) : open;
    }
}
