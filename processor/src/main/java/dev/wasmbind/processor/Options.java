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
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The processor's {@code -A} options.
 *
 * @param modulePath directories searched for {@code .wasm} files after the class output and the source path
 * @param defaultEngine the engine generated builders start with
 * @param deferMissingModules whether a module missing while compiling is left for every binding to check when it
 *     loads, as {@code @WasmModule(deferIfMissing = true)} does for one; a compile error otherwise
 * @param flavour the engine flavour the code is for, when the class path holds both engines ({@link FlavourCheck})
 * @param underKapt whether kapt runs the processor, for a Kotlin build: it runs before Maven copies the resources
 */
record Options(List<Path> modulePath, Engine defaultEngine, boolean deferMissingModules,
        Optional<EngineFlavour> flavour, boolean underKapt) {
    static final String MODULE_PATH = "wasmbind.modulePath";
    static final String DEFAULT_ENGINE = "wasmbind.defaultEngine";
    static final String DEFER_MISSING_MODULES = "wasmbind.deferMissingModules";
    static final String FLAVOUR = "wasmbind.flavour";
    /** The option kapt gives every processor: where generated Kotlin sources go. */
    static final String KAPT_KOTLIN_GENERATED = "kapt.kotlin.generated";

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
        Engine engine = choice(options, DEFAULT_ENGINE, Engine.values(), Options::optionValue,
                Messages::invalidEngine, errors).orElse(Engine.COMPILER);
        Optional<EngineFlavour> flavour = choice(options, FLAVOUR, EngineFlavour.values(),
                EngineFlavour::optionValue, Messages::invalidFlavour, errors);
        return new Options(modulePath, engine, flag(options, DEFER_MISSING_MODULES, errors), flavour,
                options.containsKey(KAPT_KOTLIN_GENERATED));
    }

    /**
     * The one of {@code values} that option {@code name} spells as {@code spelling} does; none when the option is
     * not given, nor when it names none of them, which {@code invalid} words, given the value and the valid ones.
     */
    private static <T> Optional<T> choice(Map<String, String> options, String name, T[] values,
            Function<T, String> spelling, BiFunction<String, List<String>, Message> invalid,
            Consumer<Message> errors) {
        String value = options.get(name);
        if (value == null) {
            return Optional.empty();
        }
        Optional<T> named = Arrays.stream(values)
                .filter(candidate -> spelling.apply(candidate).equals(value.trim()))
                .findFirst();
        if (named.isEmpty()) {
            errors.accept(invalid.apply(value, Arrays.stream(values).map(spelling).toList()));
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
