package dev.wasmbind.cli;

import static dev.wasmbind.cli.Drafts.assertCompiles;
import static dev.wasmbind.cli.Drafts.draft;
import static dev.wasmbind.cli.Drafts.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Drafts of the real TinyGo builds, compared with the interfaces the end-to-end tests declare for them by hand
 * (example/src/test/java/dev/wasmbind/e2e: WazeroGreet, WazeroGreetHostFrees, WazeroEnv, ChicorySum).
 */
class TinyGoDraftTest {
    private static final String GREET = """
                @Export("greet")
                void greet(String name);
            """;

    /** The whole draft of the newest build with its source, as the README shows it. */
    @Test
    void greet035WithSourceIsTheExpectedDraft() throws IOException {
        String draft = draft(fixture("wazero-greet-0.35.0/greet.wasm"), fixture("wazero-greet-0.35.0/greet.go"));

        assertThat(draft).isEqualTo(expected("greet-0.35.0-with-source.txt"));
    }

    /** The README shows that draft, as the command prints it. */
    @Test
    void readmeShowsTheGreetDraft() throws IOException {
        String readme = Files.readString(Drafts.README, StandardCharsets.UTF_8);

        assertThat(readme).contains("```java\n" + expected("greet-0.35.0-with-source.txt") + "```\n");
    }

    /** The whole draft of Chicory's sum module from the module alone. */
    @Test
    void sumFromTheModuleAloneIsTheExpectedDraft() throws IOException {
        assertThat(draft(fixture("chicory-sum/sum.wasm"))).isEqualTo(expected("sum-module-only.txt"));
    }

    @ParameterizedTest
    @CsvSource({
        "wazero-greet-0.23, //export greet, _start",
        "wazero-greet-0.27, //export greet, _start",
        "wazero-greet-0.28.1, //export greet, _start",
        "wazero-greet-0.35.0, //go:wasmexport greet, _initialize"
    })
    void greetWithSourceCompilesAndDeclaresTheStringsTheGoSourcePassesByHand(
            String folder, String pragma, String entryPoint) {
        Path module = fixture(folder + "/greet.wasm");
        String draft = draft(module, fixture(folder + "/greet.go"));

        assertCompiles(draft, "Greet", module.getParent());
        // the forms WazeroGreet and WazeroEnv declare by hand
        assertThat(draft)
                .contains("@WasmModule(value = \"greet.wasm\", imports = Greet.Env.class)")
                .contains(GREET)
                .contains("    @HostModule(\"env\")\n    interface Env {")
                .contains("         */\n        void log(String s);");
        assertThat(oneLine(draft))
                .contains("`" + pragma + "` on `func _greet(ptr, size uint32)`")
                .contains("Entry point `" + entryPoint + "`")
                .contains("`ptr` and `size` (Go uint32) are a string passed by hand as pointer and byte length: the "
                        + "binding copies `String name` into the guest and passes them. For raw bytes, declare "
                        + "`@PtrLen byte[] name` instead.")
                .contains("the host function receives them as `String s`.");
    }

    /**
     * Who owns the {@code greeting} result follows the source: guest-owned up to 0.27 (WazeroGreet), allocated with
     * {@code C.malloc} from 0.28.1 on (WazeroGreetHostFrees).
     */
    @ParameterizedTest
    @CsvSource({
        "wazero-greet-0.23, '', guest-owned as far as the source shows",
        "wazero-greet-0.27, '', guest-owned as far as the source shows",
        "wazero-greet-0.28.1, '    @HostFrees\n', '`_greeting` calls `stringToLeakedPtr`, which calls `C.malloc`'",
        "wazero-greet-0.35.0, '    @HostFrees\n', '`_greeting` calls `stringToLeakedPtr`, which calls `C.malloc`'"
    })
    void greetingIsThePackedStringWithTheOwnershipTheSourceShows(String folder, String hostFrees, String evidence) {
        Path module = fixture(folder + "/greet.wasm");
        String draft = draft(module, fixture(folder + "/greet.go"));

        assertThat(draft).contains("    @Export(\"greeting\")\n    @PackedResult\n" + hostFrees.replace("\\n", "\n")
                + "    String greeting(String name);\n");
        assertThat(oneLine(draft)).contains("The uint64 result is a string returned as ptr << 32 | size "
                + "(@PackedResult); add @PackedOrder(LENGTH_HIGH) if it packs size << 32 | ptr instead.")
                .contains(evidence);
        assertCompiles(draft, "Greet", module.getParent());
    }

    /** The draft of a real TinyGo build, compiled by the processor as printed, binds and calls the module. */
    @Test
    void greet035DraftIsCalledWithoutEdits(@TempDir Path classes) throws Exception {
        Path module = fixture("wazero-greet-0.35.0/greet.wasm");
        String draft = draft(module, fixture("wazero-greet-0.35.0/greet.go"));
        List<String> logged = new ArrayList<>();

        try (Drafts.Bound greet = Drafts.bind(draft, "Greet", module, classes,
                (method, args) -> logged.add(method + " " + args[0]))) {
            assertThat(greet.call("greeting", new Class<?>[] {String.class}, "wasmbind")).isEqualTo("Hello, wasmbind!");
            greet.call("greet", new Class<?>[] {String.class}, "wasmbind");
        }
        assertThat(logged).containsExactly("log wasm >> Hello, wasmbind!");
    }

    /** The producers section names TinyGo's version from 0.28.1 on; older builds name only clang. */
    @ParameterizedTest
    @CsvSource({
        "wazero-greet-0.23/greet.wasm, 'names no TinyGo version: language: C99; processed-by: clang 14.0.0'",
        "wazero-greet-0.27/greet.wasm, 'names no TinyGo version: language: C99; processed-by: clang 15.0.0'",
        "wazero-greet-0.28.1/greet.wasm, 'Built by TinyGo 0.28.1, as its producers section says: language: C99;'",
        "wazero-greet-0.35.0/greet.wasm, 'Built by TinyGo 0.35.0, as its producers section says: language: C11, C99;'",
        "chicory-sum/sum.wasm, 'Built by TinyGo 0.30.0, as its producers section says: language: C11, C99;'"
    })
    void producersAreReported(String module, String text) {
        assertThat(oneLine(draft(fixture(module)))).contains(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"wazero-greet-0.23", "wazero-greet-0.27", "wazero-greet-0.28.1", "wazero-greet-0.35.0"})
    void greetFromTheModuleAloneCompilesAndSaysWhatItCannotTell(String folder) {
        Path module = fixture(folder + "/greet.wasm");
        String draft = draft(module);

        assertCompiles(draft, "Greet", module.getParent());
        assertThat(draft)
                .contains("    @Export(\"greet\")\n    void greet(int arg0, int arg1);")
                .contains("    @Export(\"greeting\")\n    long greeting(int arg0, int arg1);")
                .contains("        void log(int arg0, int arg1);");
        assertThat(oneLine(draft))
                .contains("(i32, i32) -> nil: the first i32 may be a hidden return area")
                .contains("Without the Go source, names and Go types are unknown");
    }

    /**
     * ChicorySum declares {@code @Unsigned long add(@Unsigned long x, @Unsigned long y)}; the draft picks int, which
     * keeps every bit, and names the other choice.
     */
    @Test
    void sumWithSourceHasTheGoNamesAndSaysHowUint32Reads() {
        Path module = fixture("chicory-sum/sum.wasm");
        String draft = draft(module, fixture("chicory-sum/sum.go"));

        assertCompiles(draft, "Sum", module.getParent());
        assertThat(draft).contains("    @Export(\"add\")\n    int add(int x, int y);");
        assertThat(oneLine(draft))
                .contains("From sum.go:5: `//export add` on `func add(x, y uint32) uint32`.")
                .contains("`x`, `y` and the result are Go uint32: Java int keeps every bit")
                .contains("@Unsigned long reads 0 to 4294967295")
                .contains("`asyncify_get_state` (asyncify's helpers)");
    }

    /**
     * The draft's Javadoc as one line of plain text, so that assertions do not depend on where lines wrap:
     * {@code {@code x}} as `x`, entities as the characters they stand for, paragraphs run together.
     */
    static String oneLine(String draft) {
        Matcher comments = Pattern.compile("^\\s*\\* (?:<p>)?(.*)$", Pattern.MULTILINE).matcher(draft);
        StringBuilder text = new StringBuilder();
        while (comments.find()) {
            text.append(comments.group(1)).append(' ');
        }
        return text.toString()
                .replaceAll("\\{@code ((?:[^{}]|\\{[^{}]*\\})*)\\}", "`$1`")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&#64;", "@").replace("&#47;", "/")
                .replace("&amp;", "&");
    }

    private static String expected(String name) throws IOException {
        return Files.readString(Drafts.resource("expected/" + name), StandardCharsets.UTF_8);
    }
}
