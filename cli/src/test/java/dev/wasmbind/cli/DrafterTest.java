package dev.wasmbind.cli;

import static dev.wasmbind.cli.Drafts.EXAMPLE_TEST;
import static dev.wasmbind.cli.Drafts.assertCompiles;
import static dev.wasmbind.cli.TinyGoDraftTest.oneLine;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where module and source disagree or the source says too little, the draft follows the module and says why. */
class DrafterTest {
    @TempDir
    Path temp;

    private String draft(String wasm, String... goLines) throws IOException {
        Path source = Files.writeString(temp.resolve("guest.go"), String.join("\n", goLines) + "\n");
        return Drafts.draft(EXAMPLE_TEST.resolve(wasm), source);
    }

    @Test
    void aGoDeclarationTheModuleContradictsGivesWayToTheModule() throws IOException {
        String draft = draft("types.wasm",
                "//export Counter",
                "func Counter() int64 { return 0 }");

        assertCompiles(draft, "Types", EXAMPLE_TEST);
        assertThat(draft).contains("    @Export(\"Counter\")\n    int counter();");
        assertThat(oneLine(draft)).contains("From guest.go:2: `//export Counter` on `func Counter() int64`. The Go "
                + "declaration lowers to () -> i64 under the TinyGo ABI, but types.wasm exports it as () -> i32: "
                + "module and source disagree, and the method follows the module.");
    }

    @Test
    void declarationsTheModuleLacksAndRepeatedOnesAreListed() throws IOException {
        String draft = draft("host.wasm",
                "//export Missing",
                "func Missing() {}",
                "//go:wasmimport env nothing",
                "func nothing()",
                "//export Twice",
                "func Twice(x int32) int32 { return 2 * x }",
                "//export Twice",
                "func TwiceAgain(x int32) int32 { return 2 * x }");

        assertCompiles(draft, "Host", EXAMPLE_TEST);
        assertThat(oneLine(draft))
                .contains("guest.go:2 declares `//export Missing`, but host.wasm exports no function `Missing`: "
                        + "left out.")
                .contains("guest.go:4 declares `//go:wasmimport env nothing`, but host.wasm does not import "
                        + "`env.nothing`: left out.")
                .contains("guest.go:8 repeats `//export Twice` of guest.go:6: the draft reads the first.")
                .contains("No //go:wasmimport env for it in the Go sources: drafted from the module alone.");
        assertThat(draft).contains("    int twice(int x);");
    }

    @Test
    void aHostFunctionCannotReturnAString() throws IOException {
        String draft = draft("host.wasm",
                "//go:wasmimport env reenter",
                "func reenter(x int32) string");

        assertCompiles(draft, "Host", EXAMPLE_TEST);
        assertThat(draft).contains("        int reenter(int arg0);");
        assertThat(oneLine(draft)).contains("A host function returns a primitive or nothing, not (string): the "
                + "method follows the module's type.");
    }

    @Test
    void mallocFollowedByFreeLeavesOwnershipOpen() throws IOException {
        String draft = draft("types.wasm",
                "//export EchoString",
                "func EchoString(s string) string { return copyOut(s) }",
                "func copyOut(s string) string {",
                "\tp := C.malloc(C.size_t(len(s)))",
                "\tdefer C.free(p)",
                "\treturn s",
                "}");

        assertCompiles(draft, "Types", EXAMPLE_TEST);
        assertThat(draft).contains("    @Export(\"EchoString\")\n    String echoString(String s);");
        assertThat(oneLine(draft)).contains("Who frees the result is unclear: `EchoString` calls `copyOut`, which "
                + "calls `C.malloc`, but also free; without @HostFrees the binding never frees it.");
    }

    @Test
    void pointersAndUint64AreExplained() throws IOException {
        String draft = draft("types.wasm",
                "//export EchoUint64",
                "func EchoUint64(x uint64) uint64 { return x }",
                "//export FirstByte",
                "func FirstByte(p *byte, n int32) int32 { return 0 }");

        assertCompiles(draft, "Types", EXAMPLE_TEST);
        assertThat(draft).contains("    long echoUint64(long x);").contains("    int firstByte(int p, int n);");
        assertThat(oneLine(draft))
                .contains("`x` and the result are Go uint64: Java long keeps every bit (past Long.MAX_VALUE they "
                        + "read negative).")
                .contains("`p` is a Go pointer: an int address in guest memory.");
    }

    /** Names Go allows that Java does not, in a parameter list and as record components. */
    @Test
    void goNamesBecomeValidJavaNames() throws IOException {
        String draft = draft("types.wasm",
                "//export AddFloat64",
                "func AddFloat64(_ float64, arg0 float64) float64 { return 0 }",
                "//export DivMod",
                "func DivMod(class, b int32) (hashCode, _ int32) { return 0, 0 }");

        assertCompiles(draft, "Types", EXAMPLE_TEST);
        assertThat(draft)
                .contains("    double addFloat64(double arg0, double arg02);")
                .contains("    record DivModResult(int hashCode_, int result1) {}")
                .contains("    DivModResult divMod(int class_, int b);");
    }
}
