package dev.wasmbind.cli;

import static dev.wasmbind.cli.Drafts.EXAMPLE_MAIN;
import static dev.wasmbind.cli.Drafts.assertCompiles;
import static dev.wasmbind.cli.Drafts.run;
import static dev.wasmbind.cli.TinyGoDraftTest.oneLine;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The command line: options, exit codes, and what the user sees when something is wrong. */
class DraftCommandTest {
    private static final String RETURN_STRING = EXAMPLE_MAIN.resolve("return_string.wasm").toString();

    @TempDir
    Path temp;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "''|no module given",
        "--verbose|unknown option `--verbose`",
        "--name|--name needs a value",
        "--name 1st|--name needs a Java identifier such as Greeter, not `1st`",
        "--name class|--name needs a Java identifier such as Greeter, not `class`",
        "--package a..b|--package needs a Java package name such as com.example.guest, not `a..b`"
    })
    void usageErrorsExitWithTwoAndShowTheUsage(String args, String message) {
        Drafts.Run run = run(args.isEmpty() ? new String[0] : args.split(" "));

        assertThat(run.exitCode()).isEqualTo(DraftCommand.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("wasmbind-cli: " + message + "\nusage: java -jar wasmbind-cli.jar");
    }

    @Test
    void helpGoesToStdout() {
        Drafts.Run run = run("--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("usage: java -jar wasmbind-cli.jar [--package PACKAGE] [--name INTERFACE]");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void aFileThatIsNoModuleIsOneLineAndExitOne() throws IOException {
        Path module = Files.writeString(temp.resolve("notes.wasm"), "garbage");

        Drafts.Run run = run(module.toString());

        assertThat(run.exitCode()).isEqualTo(DraftCommand.UNREADABLE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("wasmbind-cli: notes.wasm is not a valid WebAssembly module: ")
                .contains("magic header not detected")
                .endsWith("\n")
                .hasLineCount(1);
    }

    @Test
    void aTruncatedModuleIsOneLineAndExitOne() throws IOException {
        byte[] whole = Files.readAllBytes(Path.of(RETURN_STRING));
        Path module = Files.write(temp.resolve("cut.wasm"), Arrays.copyOf(whole, whole.length / 2));

        Drafts.Run run = run(module.toString());

        assertThat(run.exitCode()).isEqualTo(DraftCommand.UNREADABLE);
        assertThat(run.err()).startsWith("wasmbind-cli: cut.wasm is not a valid WebAssembly module: ").hasLineCount(1);
    }

    /** An export kind that does not exist: Chicory's parser fails with an IndexOutOfBoundsException. */
    @Test
    void aModuleThatBreaksTheParserIsOneLineAndExitOne() throws IOException {
        byte[] bytes = new ModuleBytes().exporting("f").bytes();
        int kind = Collections.indexOfSubList(boxed(bytes), boxed(new byte[] {1, 'f', 0})) + 2;
        bytes[kind] = 9;
        Path module = Files.write(temp.resolve("kind.wasm"), bytes);

        Drafts.Run run = run(module.toString());

        assertThat(run.exitCode()).isEqualTo(DraftCommand.UNREADABLE);
        assertThat(run.err()).startsWith("wasmbind-cli: kind.wasm is not a valid WebAssembly module: Chicory's "
                + "parser failed with java.lang.").hasLineCount(1);
    }

    @Test
    void missingFilesAreOneLineAndExitOne() {
        Path missing = temp.resolve("missing.wasm");

        Drafts.Run module = run(missing.toString());
        Drafts.Run source = run(RETURN_STRING, temp.resolve("missing.go").toString());

        assertThat(module.exitCode()).isEqualTo(DraftCommand.UNREADABLE);
        assertThat(module.err()).isEqualTo("wasmbind-cli: cannot read " + missing + ": no such file\n");
        assertThat(source.exitCode()).isEqualTo(DraftCommand.UNREADABLE);
        assertThat(source.err()).isEqualTo(
                "wasmbind-cli: cannot read " + temp.resolve("missing.go") + ": no such file\n");
        assertThat(source.out()).isEmpty();
    }

    @Test
    void packageAndNameOptionsShapeTheSource() {
        Drafts.Run run = run("--package", "com.example.guest", "--name", "Guest", RETURN_STRING);

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("package com.example.guest;\n\nimport dev.wasmbind.Export;\n")
                .contains("@WasmModule(\"return_string.wasm\")\npublic interface Guest {");
        assertCompiles(run.out(), "com.example.guest.Guest", EXAMPLE_MAIN);
    }

    /**
     * Names an untrusted module may carry: keywords, the binding's own method names, line breaks, quotes, a
     * backslash-u that javac would read as a line break, a comment end, non-ASCII, an empty name, names that
     * collide once made Java. The draft still compiles and binds each export under its exact name.
     */
    @Test
    void anyNameDraftsToSourceThatCompiles() throws IOException {
        String[] names = {"new", "load", "toString", "a\nb", "back\\u000aslash", "quo\"te", "*/", "\u65e5\u672c",
                "1st", "", "log_bytes", "logBytes"};
        byte[] bytes = new ModuleBytes().importing("my-env", "do it").importing("my-env", "class")
                .exporting(names)
                .producers(ModuleBytes.producersField("processed-by", "Tiny\"Go\n", "0.1*/"))
                .bytes();
        Files.write(temp.resolve("odd.wasm"), bytes);

        Drafts.Run run = run(temp.resolve("odd.wasm").toString());

        assertThat(run.exitCode()).isZero();
        assertCompiles(run.out(), "Odd", temp);
        assertThat(run.out()).matches("\\p{ASCII}*");
        assertThat(run.out())
                .contains("    @Export(\"new\")\n    int new_(int arg0);")
                .contains("    @Export(\"load\")\n    int load_(int arg0);")
                .contains("    @Export(\"toString\")\n    int toString_(int arg0);")
                .contains("    @Export(\"a\\nb\")\n    int aB(int arg0);")
                .contains("    @Export(\"back\\\\u000aslash\")\n    int backU000aslash(int arg0);")
                .contains("    @Export(\"quo\\\"te\")\n    int quoTe(int arg0);")
                .contains("    @Export(\"\\u65e5\\u672c\")\n")
                .contains("    @Export(\"1st\")\n    int _1st(int arg0);")
                .contains("    @Export(\"log_bytes\")\n    int logBytes(int arg0);")
                .contains("    @Export(\"logBytes\")\n    int logBytes2(int arg0);")
                .contains("    @HostModule(\"my-env\")\n    interface MyEnv {")
                .contains("        @Import(\"do it\")\n        int doIt(int arg0);")
                .contains("        @Import(\"class\")\n        int class_(int arg0);");
        assertThat(oneLine(run.out())).contains("processed-by: Tiny\"GoU+000A 0.1*/")
                .contains("`\"\"` (an empty name, which @Export cannot give)");
    }

    @Test
    void aMalformedProducersSectionIsSaidAndTheDraftGoesOn() throws IOException {
        byte[] truncated = {1, 9, 'p', 'r', 'o'};
        Files.write(temp.resolve("odd.wasm"), new ModuleBytes().exporting("f").producers(truncated).bytes());

        Drafts.Run run = run(temp.resolve("odd.wasm").toString());

        assertThat(run.exitCode()).isZero();
        assertThat(oneLine(run.out()))
                .contains("The producers section is malformed (it ends inside a field): it does not say what built "
                        + "the module.");
        assertCompiles(run.out(), "Odd", temp);
    }

    @Test
    void aModuleNotEndingInWasmIsDraftedWithAWarningComment() throws IOException {
        Files.copy(Path.of(RETURN_STRING), temp.resolve("guest.bin"));

        Drafts.Run run = run(temp.resolve("guest.bin").toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("public interface GuestBin {");
        assertThat(oneLine(run.out())).contains("@WasmModule needs a resource name ending in .wasm: rename guest.bin");
    }

    @Test
    void goSourcesMustBeUtf8() throws IOException {
        Path source = Files.write(temp.resolve("bad.go"), new byte[] {'/', '/', (byte) 0xff, '\n'});

        Drafts.Run run = run(RETURN_STRING, source.toString());

        assertThat(run.exitCode()).isEqualTo(DraftCommand.UNREADABLE);
        assertThat(run.err()).isEqualTo("wasmbind-cli: cannot read " + source + ": it is not UTF-8 text\n");
    }

    @Test
    void outputIsTheSameOnEveryRun() {
        assertThat(run(RETURN_STRING).out()).isEqualTo(run(RETURN_STRING).out());
    }

    private static List<Byte> boxed(byte[] bytes) {
        List<Byte> list = new ArrayList<>();
        for (byte b : bytes) {
            list.add(b);
        }
        return list;
    }
}
