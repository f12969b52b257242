package dev.wasmbind.processor;

import dev.wasmbind.runtime.Engine;
import dev.wasmbind.runtime.internal.EngineFlavour;
import dev.wasmbind.runtime.internal.link.Message;
import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The processor's {@code -A} options.
 *
 * @param modulePath directories searched for {@code .wasm} files after the class output and the source path
 * @param defaultEngine the engine generated builders start with
 * @param deferMissingModules whether a module missing while compiling is left for every binding to check when it
 *     loads, as {@code @WasmModule(deferIfMissing = true)} does for one; a compile error otherwise
 * @param flavour the engine flavour the code is for, when the class path holds both engines ({@link FlavourCheck})
 */
record Options(List<Path> modulePath, Engine defaultEngine, boolean deferMissingModules,
        Optional<EngineFlavour> flavour) {
    static final String MODULE_PATH = "wasmbind.modulePath";
    static final String DEFAULT_ENGINE = "wasmbind.defaultEngine";
    static final String DEFER_MISSING_MODULES = "wasmbind.deferMissingModules";
    static final String FLAVOUR = "wasmbind.flavour";

    Options {
        modulePath = List.copyOf(modulePath);
    }

    /** Reads the options; an invalid value is reported to {@code errors} and the default used instead. */
    static Options parse(Map<String, String> options, Consumer<Message> errors) {
        List<Path> modulePath = Optional.ofNullable(options.get(MODULE_PATH)).stream()
                .flatMap(value -> Arrays.stream(value.split(File.pathSeparator)))
                .map(String::trim)
                .filter(entry -> !entry.isEmpty())
                .map(Path::of)
                .toList();
        String engineName = options.get(DEFAULT_ENGINE);
        Engine engine = Engine.COMPILER;
        if (engineName != null) {
            Optional<Engine> named = Arrays.stream(Engine.values())
                    .filter(candidate -> optionValue(candidate).equals(engineName.trim()))
                    .findFirst();
            if (named.isPresent()) {
                engine = named.get();
            } else {
                errors.accept(Messages.invalidEngine(
                        engineName, Arrays.stream(Engine.values()).map(Options::optionValue).toList()));
            }
        }
        return new Options(modulePath, engine, flag(options, DEFER_MISSING_MODULES, errors),
                flavour(options, errors));
    }

    /** The engine flavour named by its option value, {@code chicory} or {@code endive}; none when not given. */
    private static Optional<EngineFlavour> flavour(Map<String, String> options, Consumer<Message> errors) {
        String value = options.get(FLAVOUR);
        if (value == null) {
            return Optional.empty();
        }
        Optional<EngineFlavour> named = Arrays.stream(EngineFlavour.values())
                .filter(flavour -> flavour.optionValue().equals(value.trim()))
                .findFirst();
        if (named.isEmpty()) {
            errors.accept(Messages.invalidFlavour(
                    value, Arrays.stream(EngineFlavour.values()).map(EngineFlavour::optionValue).toList()));
        }
        return named;
    }

    /** A boolean option, false when not given; {@code -Aname} alone means true, as for javac's own flags. */
    private static boolean flag(Map<String, String> options, String name, Consumer<Message> errors) {
        if (!options.containsKey(name)) {
            return false;
        }
        String value = options.get(name);
        if (value == null || value.trim().equalsIgnoreCase("true")) {
            return true;
        }
        if (!value.trim().equalsIgnoreCase("false")) {
            errors.accept(Messages.invalidBooleanOption(name, value));
        }
        return false;
    }

    /** How an engine is spelt in the option: {@code compiler}, {@code interpreter}. */
    static String optionValue(Engine engine) {
        return engine.name().toLowerCase(Locale.ROOT);
    }
}
