package dev.wasmbind.cli;

import static dev.wasmbind.cli.Drafts.EXAMPLE_MAIN;
import static dev.wasmbind.cli.Drafts.EXAMPLE_TEST;
import static dev.wasmbind.cli.Drafts.assertCompiles;
import static dev.wasmbind.cli.Drafts.draft;
import static dev.wasmbind.cli.Drafts.resource;
import static dev.wasmbind.cli.TinyGoDraftTest.oneLine;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Drafts of the C guests, compared with the interfaces that bind them by hand: demo.ReturnString and, in
 * example/src/test/java/dev/wasmbind/e2e, HostGuest, Env, Scalars, Strings, Slices and Records. The Go stand-ins in
 * src/test/resources/go declare what a TinyGo build with the same ABI would export and import.
 */
class CGuestDraftTest {

    /**
     * ReturnString declares {@code String returnString()}, {@code String greet(String name)} and
     * {@code int add(int a, int b)}: the module alone gives the last exactly and flags the other two.
     */
    @Test
    void returnStringFromTheModuleAlone() {
        String draft = draft(EXAMPLE_MAIN.resolve("return_string.wasm"));

        assertCompiles(draft, "ReturnString", EXAMPLE_MAIN);
        assertThat(draft)
                .contains("@WasmModule(\"return_string.wasm\")\npublic interface ReturnString {")
                .contains("    @Export(\"Add\")\n    int add(int arg0, int arg1);")
                .contains("    @Export(\"ReturnString\")\n    void returnString(int arg0);")
                .contains("    @Export(\"Greet\")\n    void greet(int arg0, int arg1, int arg2);");
        assertThat(oneLine(draft))
                .contains("(i32) -> nil: the first i32 may be a hidden return area")
                .contains("(i32, i32, i32) -> nil: the first i32 may be a hidden return area")
                .contains("The producers section names no TinyGo version: language: C99; processed-by: ")
                .contains("Entry point `_initialize` (a reactor build)");
    }

    /**
     * The README's quick start: with return_string.go, the Go program the C guest stands for, the draft is
     * demo.ReturnString exactly, method for method.
     */
    @Test
    void returnStringWithItsGoProgramIsTheQuickStartsInterface() {
        String draft = draft(EXAMPLE_MAIN.resolve("return_string.wasm"),
                EXAMPLE_MAIN.resolve("../go/return_string.go").normalize());

        assertCompiles(draft, "ReturnString", EXAMPLE_MAIN);
        assertThat(draft)
                .contains("    @Export(\"ReturnString\")\n    String returnString();")
                .contains("    @Export(\"Greet\")\n    String greet(String name);")
                .contains("    @Export(\"Add\")\n    int add(int a, int b);");
    }

    /** HostGuest and Env, up to names: Env declares {@code char d} where the draft says {@code @Unsigned short d}. */
    @Test
    void hostGuestWithGoStandInHasTheTypesOfHostGuestAndEnv() {
        String draft = draft(EXAMPLE_TEST.resolve("host.wasm"), resource("go/host.go"));

        assertCompiles(draft, "Host", EXAMPLE_TEST);
        assertThat(draft)
                .contains("@WasmModule(value = \"host.wasm\", imports = Host.Env.class)")
                .contains("    @Export(\"Greet\")\n    void greet(String name);")
                .contains("    @Export(\"LogBytes\")\n    void logBytes(byte[] b);")
                .contains("    @Export(\"CallSmall\")\n"
                        + "    int callSmall(byte a, @Unsigned byte b, short c, @Unsigned short d);")
                .contains("        void log(String message);")
                .contains("        @Import(\"log_bytes\")\n        void logBytes(byte[] b);")
                .contains("        boolean check(boolean x);")
                .contains("        int small(byte a, @Unsigned byte b, short c, @Unsigned short d);")
                .contains("        void fail();")
                // host.go has no //export CallScale: the module gives the same types as HostGuest's
                .contains("    @Export(\"CallScale\")\n    double callScale(double arg0);");
    }

    @Test
    void hostGuestFromTheModuleAloneDeclaresEveryImport() {
        String draft = draft(EXAMPLE_TEST.resolve("host.wasm"));

        assertCompiles(draft, "Host", EXAMPLE_TEST);
        assertThat(draft)
                .contains("        void log(int arg0, int arg1);")
                .contains("        @Import(\"log_bytes\")\n        void logBytes(int arg0, int arg1, int arg2);")
                .contains("        int small(int arg0, int arg1, int arg2, int arg3);")
                .contains("        int reenter(int arg0);");
    }

    /** Every row of the type table that Scalars, Strings, Slices and Records bind, from the Go stand-in. */
    @Test
    void typesWithGoStandInHasTheTypesOfTheEndToEndInterfaces() {
        String draft = draft(EXAMPLE_TEST.resolve("types.wasm"), resource("go/types.go"));

        assertCompiles(draft, "Types", EXAMPLE_TEST);
        assertThat(draft)
                // Scalars
                .contains("    boolean not(boolean x);")
                .contains("    @Unsigned byte echoUint8(@Unsigned byte x);")
                .contains("    @Unsigned short echoUint16(@Unsigned short x);") // Scalars: char echoUint16(char)
                .contains("    double mixed(int a, long b, float c, double d, boolean e);")
                // Strings: guest-owned, and OwnedString's @HostFrees from the source's C.malloc
                .contains("    String concat(String a, String b);")
                .contains("    String repeat(String s, int n);")
                .contains("    @Export(\"OwnedString\")\n    @HostFrees\n    String ownedString(String s);")
                // Slices
                .contains("    byte[] echoBytes(byte[] b);")
                .contains("    int[] echoInt32s(int[] v);")
                .contains("    byte[] makeBytes(int n, @Unsigned byte fill);")
                .contains("    long sumBytes(byte[] b);")
                // Records: several Go results become a record
                .contains("    record DivModResult(int q, int r) {}")
                .contains("    DivModResult divMod(int a, int b);")
                .contains("    record MinMaxResult(double min, double max, int count) {}")
                .contains("    MinMaxResult minMax(double[] vals);")
                // as Strings declares it
                .contains("    @Export(\"GreetingPacked\")\n    @PackedResult\n    @HostFrees\n"
                        + "    String greetingPacked(String s);");
        assertThat(oneLine(draft))
                .contains("(@PackedResult); add @PackedOrder(LENGTH_HIGH) if it packs size << 32 | ptr instead.")
                .contains("`OwnedString` calls `leak`, which calls `C.malloc`")
                .contains("The draft cannot tell what the result of Go type `person` is")
                .contains("`x` and the result are Go uint32");
    }

    @Test
    void typesFromTheModuleAloneCompiles() {
        String draft = draft(EXAMPLE_TEST.resolve("types.wasm"));

        assertCompiles(draft, "Types", EXAMPLE_TEST);
        assertThat(draft).contains("    @Export(\"Sum20\")\n    long sum20(int arg0, int arg1,");
    }
}
