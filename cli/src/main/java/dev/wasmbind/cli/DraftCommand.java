package dev.wasmbind.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.SourceVersion;

/**
 * {@code java -jar wasmbind-cli.jar [--package P] [--name N] module.wasm [source.go ...]}: prints a Java interface
 * for the module, ready to paste, on stdout. Exit codes: 0 done, 1 a file cannot be read or is no module, 2 usage.
 */
public final class DraftCommand {
    static final int OK = 0;
    static final int UNREADABLE = 1;
    static final int USAGE = 2;

    private static final String USAGE_TEXT = """
            usage: java -jar wasmbind-cli.jar [--package PACKAGE] [--name INTERFACE] MODULE.wasm [SOURCE.go ...]
              Prints a Java interface for the module's exports and imports, ready to paste. With the module's Go
              sources it uses their //export, //go:wasmexport and //go:wasmimport declarations.
              --package PACKAGE  the package of the interface (default: none)
              --name INTERFACE   the interface's name (default: from the module's file name)""";

    private DraftCommand() {}

    /** Runs the command and exits with its code. */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the command, printing the draft to {@code out} and problems to {@code err}; returns the exit code. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        Arguments arguments;
        try {
            arguments = Arguments.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("wasmbind-cli: " + e.getMessage());
            err.println(USAGE_TEXT);
            return USAGE;
        }
        if (arguments.help()) {
            out.println(USAGE_TEXT);
            return OK;
        }
        try {
            out.print(draft(arguments));
            out.flush();
            return OK;
        } catch (DraftException e) {
            err.println("wasmbind-cli: " + e.getMessage());
            return UNREADABLE;
        }
    }

    private static String draft(Arguments arguments) {
        Path modulePath = arguments.module();
        String fileName = modulePath.getFileName().toString();
        ModuleFacts module = ModuleReader.read(fileName, bytes(modulePath));
        List<GoFunction> functions = new ArrayList<>();
        List<String> sourceNames = new ArrayList<>();
        for (Path source : arguments.sources()) {
            String name = source.getFileName().toString();
            functions.addAll(GoSourceReader.read(name, text(source)));
            sourceNames.add(name);
        }
        Draft draft = Drafter.draft(module, functions, sourceNames, arguments.packageName(), arguments.name());
        return DraftWriter.write(draft);
    }

    private static byte[] bytes(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new DraftException("cannot read " + path + ": " + describe(e));
        }
    }

    private static String text(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new DraftException("cannot read " + path + ": it is not UTF-8 text");
        } catch (IOException e) {
            throw new DraftException("cannot read " + path + ": " + describe(e));
        }
    }

    /** Why a file could not be read; {@code NoSuchFileException} and its kin name only the file. */
    private static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /**
     * The parsed command line.
     *
     * @param packageName empty for none
     * @param name empty for the name from the module's file name
     */
    record Arguments(boolean help, String packageName, Optional<String> name, Path module, List<Path> sources) {

        /** Throws {@link IllegalArgumentException} with the message for the user. */
        static Arguments parse(String[] args) {
            String packageName = "";
            Optional<String> name = Optional.empty();
            List<Path> files = new ArrayList<>();
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                switch (arg) {
                    case "-h", "--help" -> {
                        return new Arguments(true, "", Optional.empty(), Path.of(""), List.of());
                    }
                    case "--package" -> {
                        packageName = value(args, ++i, arg);
                        if (!SourceVersion.isName(packageName)) {
                            throw new IllegalArgumentException(
                                    "--package needs a Java package name such as com.example.guest, not `"
                                            + packageName + "`");
                        }
                    }
                    case "--name" -> {
                        String value = value(args, ++i, arg);
                        if (!SourceVersion.isIdentifier(value) || SourceVersion.isKeyword(value)) {
                            throw new IllegalArgumentException(
                                    "--name needs a Java identifier such as Greeter, not `" + value + "`");
                        }
                        name = Optional.of(value);
                    }
                    default -> {
                        if (arg.startsWith("-")) {
                            throw new IllegalArgumentException("unknown option `" + arg + "`");
                        }
                        files.add(path(arg));
                    }
                }
            }
            if (files.isEmpty()) {
                throw new IllegalArgumentException("no module given");
            }
            return new Arguments(false, packageName, name, files.get(0), List.copyOf(files.subList(1, files.size())));
        }

        private static String value(String[] args, int index, String option) {
            if (index >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args[index];
        }

        private static Path path(String arg) {
            try {
                Path path = Path.of(arg);
                if (path.getFileName() == null) {
                    throw new IllegalArgumentException("`" + arg + "` names no file");
                }
                return path;
            } catch (InvalidPathException e) {
                throw new IllegalArgumentException("`" + arg + "` is not a file path: " + e.getReason());
            }
        }
    }
}
