package dev.wasmbind.processor.kinds;

import com.squareup.javapoet.CodeBlock;
import dev.wasmbind.runtime.internal.GuestBuffer;

/** The code that the conventions returning a region of guest memory share. */
final class RegionResults {
    private RegionResults() {}

    /**
     * Returns the value copied out of {@code region}. Where the host frees it, the region is freed when the scope
     * closes; a region the read rejected is never freed.
     */
    static void copyOut(ResultCall call, RegionKind kind, CodeBlock region, boolean hostFrees) {
        if (!hostFrees) {
            call.returns(kind.readRegion(call.scope(), region));
            return;
        }
        String buffer = call.declare(GuestBuffer.class, "resultRegion", region);
        CodeBlock bufferName = CodeBlock.of("$N", buffer);
        String value = call.declare(kind.typeName(), "result", kind.readRegion(call.scope(), bufferName));
        call.statement(RuntimeOps.FREE_AFTER_CALL.callOn(
                call.scope(), bufferName, CodeBlock.of("$L", kind.elementSize())));
        call.returns(CodeBlock.of("$N", value));
    }
}
