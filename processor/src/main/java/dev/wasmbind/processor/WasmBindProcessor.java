package dev.wasmbind.processor;

import com.google.auto.service.AutoService;
import com.squareup.javapoet.JavaFile;
import dev.wasmbind.WasmModule;
import dev.wasmbind.processor.model.BindingModel;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic.Kind;
import javax.tools.JavaFileObject;

/**
 * Generates the binding of each {@code @WasmModule} interface and checks it against the module at compile time.
 * Coordinates only: {@link BindingValidator} checks the interface, {@link Lowering} lowers it to the ABI,
 * {@link BindingWriter} writes the class, {@link ModuleCheck} runs the link check.
 */
@AutoService(Processor.class)
public final class WasmBindProcessor extends AbstractProcessor {
    private Options options;
    /** Interfaces waiting for a type that a later round generates, by qualified name. */
    private final Set<String> deferred = new LinkedHashSet<>();

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of(WasmModule.class.getCanonicalName());
    }

    @Override
    public Set<String> getSupportedOptions() {
        return Set.of(Options.MODULE_PATH, Options.DEFAULT_ENGINE);
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        Reporter reporter = new Reporter(processingEnv.getMessager());
        try {
            if (options == null) {
                options = Options.parse(processingEnv.getOptions(),
                        message -> processingEnv.getMessager().printMessage(Kind.ERROR, message));
            }
            if (round.processingOver()) {
                // what is still unresolved now is missing for good, and javac reports it as such
                deferred.clear();
                return false;
            }
            BindingValidator validator = new BindingValidator(
                    processingEnv.getElementUtils(), processingEnv.getTypeUtils(), reporter);
            ModuleCheck check = new ModuleCheck(
                    new ModuleLocator(processingEnv.getFiler(), options.modulePath()), reporter);
            for (TypeElement type : toProcess(round)) {
                process(type, validator, check, reporter);
            }
        } catch (RuntimeException | LinkageError e) {
            processingEnv.getMessager().printMessage(Kind.ERROR, Messages.internalError("@WasmModule interfaces", e));
        }
        return false;
    }

    private List<TypeElement> toProcess(RoundEnvironment round) {
        List<TypeElement> types = new ArrayList<>();
        for (String name : deferred) {
            TypeElement type = processingEnv.getElementUtils().getTypeElement(name);
            if (type != null) {
                types.add(type);
            }
        }
        deferred.clear();
        for (Element element : round.getElementsAnnotatedWith(WasmModule.class)) {
            types.add((TypeElement) element);
        }
        return types;
    }

    private void process(TypeElement type, BindingValidator validator, ModuleCheck check, Reporter reporter) {
        try {
            if (!validator.isResolved(type)) {
                deferred.add(type.getQualifiedName().toString());
                return;
            }
            validator.validate(type).ifPresent(validated -> {
                BindingModel model = Lowering.lower(validated.decl(), options.defaultEngine());
                write(BindingWriter.write(model), type);
                // link problems leave the declaration intact: the class is still generated, so code using it
                // does not fail with errors of its own
                check.check(validated, model.binding());
            });
        } catch (RuntimeException | LinkageError e) {
            // a bug, or a broken processor path: say so on the interface rather than crash javac
            reporter.error(type, Messages.internalError(type.getQualifiedName().toString(), e));
        }
    }

    private void write(JavaFile file, TypeElement originatingElement) {
        String name = file.packageName.isEmpty() ? file.typeSpec.name : file.packageName + "." + file.typeSpec.name;
        try {
            JavaFileObject source = processingEnv.getFiler().createSourceFile(name, originatingElement);
            try (Writer writer = source.openWriter()) {
                file.writeTo(writer);
            }
        } catch (IOException e) {
            processingEnv.getMessager().printMessage(Kind.ERROR,
                    Messages.cannotWrite(name, String.valueOf(e)), originatingElement);
        }
    }
}
