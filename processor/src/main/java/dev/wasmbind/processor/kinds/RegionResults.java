package dev.wasmbind.processor.kinds;

import com.squareup.javapoet.CodeBlock;
import dev.wasmbind.runtime.internal.Allocator;
import dev.wasmbind.runtime.internal.GuestBuffer;

/** The code and Javadoc that the conventions returning a region of guest memory share. */
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

    /** Who owns the result's memory, for the Javadoc; empty for a result that holds no region. */
    static CodeBlock ownership(JavaValue value, boolean hostFrees) {
        if (hostFrees) {
            return CodeBlock.of("<p>The result's bytes are the host's ({@code @HostFrees}): the binding copies them "
                    + "out, then\nfrees them with the guest's {@code free}.\n");
        }
        if (value.holdsRegion()) {
            return CodeBlock.of(
                    "<p>The result's bytes stay the guest's: the binding copies them out and never frees them.\n");
        }
        return CodeBlock.of("");
    }

    /** The allocator a region result needs: the guest's {@code free} where the host frees it. */
    static Allocator allocator(boolean hostFrees) {
        return hostFrees ? Allocator.FREE_RESULT : Allocator.NONE;
    }
}
