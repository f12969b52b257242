package dev.wasmbind.cli;

import static dev.wasmbind.cli.Drafts.PROCESSOR_MODULES;
import static dev.wasmbind.cli.Drafts.assertCompiles;
import static dev.wasmbind.cli.Drafts.draft;
import static dev.wasmbind.cli.Drafts.resource;
import static dev.wasmbind.cli.TinyGoDraftTest.oneLine;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Drafts of exports whose results come back by each convention the processor knows, compiled with the processor:
 * directly and through the return area (the C guests' tests), packed and as multi-value results (here, against the
 * processor's transports.wasm).
 */
class ConventionDraftTest {
    @Test
    void aStringResultThatTheModuleReturnsAsSeveralValuesIsDraftedAsAString() {
        String draft = draft(PROCESSOR_MODULES.resolve("transports.wasm"), resource("go/transports.go"));

        assertCompiles(draft, "Transports", PROCESSOR_MODULES);
        assertThat(draft).contains("    @Export(\"Pair\")\n    String pair(String s);");
        assertThat(oneLine(draft)).contains("The module returns the result as several values (ptr, len), which the "
                + "processor reads from its type of `Pair`.");
    }

    @Test
    void aStringPackedByHandIsDraftedAsAPackedResult() {
        String draft = draft(PROCESSOR_MODULES.resolve("transports.wasm"), resource("go/transports.go"));

        assertCompiles(draft, "Transports", PROCESSOR_MODULES);
        assertThat(draft).contains("    @Export(\"Echo\")\n    @PackedResult\n");
        assertThat(draft).contains("    String echo(String s);");
    }
}
