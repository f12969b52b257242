package dev.wasmbind.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.wasmbind.processor.WasmBindProcessor;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The {@code ```java} blocks of the README and the docs compile as shown: each block is a source file, and the blocks
 * of one page compile together with the processor, against the example's modules and the TinyGo fixture the README
 * drafts. A block fenced {@code ```java fragment} is a part of a file and is left out.
 */
class SnippetsTest {
    private static final Pattern BLOCK = Pattern.compile("^```java( [a-z]+)?\\n(.*?)^```$",
            Pattern.MULTILINE | Pattern.DOTALL);
    private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);
    private static final Pattern TYPE = Pattern.compile(
            "^public (?:final |abstract )?(?:class|interface|record|enum|@interface) (\\w+)", Pattern.MULTILINE);
    private static final String FRAGMENT = " fragment";

    static Stream<Path> pages() throws IOException {
        try (Stream<Path> docs = Files.list(Drafts.README.resolveSibling("docs"))) {
            return Stream.concat(Stream.of(Drafts.README),
                    docs.filter(page -> page.toString().endsWith(".md")).sorted().toList().stream());
        }
    }

    @ParameterizedTest
    @MethodSource("pages")
    void javaBlocksCompileAsShown(Path page) throws IOException {
        List<JavaFileObject> sources = sources(page);
        if (sources.isEmpty()) {
            return;
        }
        Path greet = Path.of(System.getProperty("wasmbind.fixtures", "../../shared/fixtures/tinygo"))
                .resolve("wazero-greet-0.35.0");
        List<String> modulePath = new ArrayList<>(List.of(Drafts.EXAMPLE_MAIN.toString(),
                Drafts.EXAMPLE_TEST.toString()));
        List<String> options = new ArrayList<>();
        if (Files.isDirectory(greet)) {
            modulePath.add(greet.toAbsolutePath().toString());
        } else {
            // the README's draft of greet.wasm is then checked when it would load
            System.out.println("SKIPPED (no TinyGo fixtures at " + greet + "): the check of greet.wasm");
            options.add("-Awasmbind.deferMissingModules=true");
        }
        options.add("-Awasmbind.modulePath=" + String.join(File.pathSeparator, modulePath));

        Compilation compilation = Compiler.javac().withProcessors(new WasmBindProcessor()).withOptions(options)
                .compile(sources);

        assertThat(Stream.concat(compilation.errors().stream(), compilation.warnings().stream())
                .map(d -> d.getSource().getName() + ":" + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT))
                .collect(Collectors.joining("\n"))).as(page.toString()).isEmpty();
    }

    @Test
    void theReadmeShowsCompiledSnippets() throws IOException {
        assertThat(sources(Drafts.README)).hasSizeGreaterThanOrEqualTo(4);
    }

    @Test
    void aBlockIsJavaOrAFragment() {
        assertThat(blocks("```java\nclass A {}\n```\n\n```java fragment\nint x;\n```\n")).containsExactly("class A {}\n");
        assertThat(blocks("```java\npackage p;\npublic record R(int x) {}\n```\n").stream().map(SnippetsTest::fileName))
                .containsExactly("p.R");
    }

    private static List<JavaFileObject> sources(Path page) throws IOException {
        return blocks(Files.readString(page, StandardCharsets.UTF_8)).stream()
                .map(block -> JavaFileObjects.forSourceString(fileName(block), block))
                .toList();
    }

    /** The blocks to compile; a block of another info string than the two fails, so that none is skipped unseen. */
    private static List<String> blocks(String markdown) {
        List<String> blocks = new ArrayList<>();
        Matcher block = BLOCK.matcher(markdown);
        while (block.find()) {
            String info = block.group(1);
            assertThat(info).as("info string of a java block").isIn(null, FRAGMENT);
            if (info == null) {
                blocks.add(block.group(2));
            }
        }
        return blocks;
    }

    /** The qualified name of the block's public type, which javac wants as its file name. */
    private static String fileName(String block) {
        Matcher type = TYPE.matcher(block);
        assertThat(type.find()).as("a public type in\n" + block).isTrue();
        Matcher packageName = PACKAGE.matcher(block);
        return (packageName.find() ? packageName.group(1) + "." : "") + type.group(1);
    }
}
