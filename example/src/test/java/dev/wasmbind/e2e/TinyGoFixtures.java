package dev.wasmbind.e2e;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real TinyGo builds the team keeps in {@code ../shared/fixtures/tinygo} beside the clone. Tests that need
 * them are skipped, with a line on stdout saying so, when the folder is absent (a user's clone).
 */
final class TinyGoFixtures {
    private static final Path ROOT = Path.of(System.getProperty("wasmbind.fixtures", "../../shared/fixtures/tinygo"));

    private TinyGoFixtures() {}

    /** The fixture at {@code relative}; skips the calling test when the fixtures are not there. */
    static Path require(String relative) {
        Path module = ROOT.resolve(relative);
        if (!Files.isRegularFile(module)) {
            String message = "SKIPPED (no TinyGo fixtures at " + ROOT.toAbsolutePath().normalize() + "): " + relative;
            System.out.println(message);
            assumeTrue(false, message);
        }
        return module;
    }
}
