package dev.wasmbind.processor;

import dev.wasmbind.runtime.Engine;
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
 * @param underKapt whether kapt runs the processor, for a Kotlin build: it runs before Maven copies the resources
 */
record Options(List<Path> modulePath, Engine defaultEngine, boolean deferMissingModules, boolean underKapt) {
    static final String MODULE_PATH = "wasmbind.modulePath";
    static final String DEFAULT_ENGINE = "wasmbind.defaultEngine";
    static final String DEFER_MISSING_MODULES = "wasmbind.deferMissingModules";
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
                options.containsKey(KAPT_KOTLIN_GENERATED));
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
