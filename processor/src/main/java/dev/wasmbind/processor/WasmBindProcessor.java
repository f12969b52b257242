package dev.wasmbind.processor;

import com.google.auto.service.AutoService;
import com.squareup.javapoet.JavaFile;
import dev.wasmbind.HostModule;
import dev.wasmbind.WasmModule;
import dev.wasmbind.runtime.Engine;
import dev.wasmbind.runtime.internal.link.Message;
import java.io.IOException;
import java.io.Writer;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.JavaFileObject;

/**
 * Generates the binding of each {@code @WasmModule} interface and checks it against the module at compile time, and
 * the host functions of each {@code @HostModule} interface. Coordinates only: {@link BindingValidator} and
 * {@link HostModuleValidator} check the interfaces, {@link Lowering} lowers them to the ABI, {@link BindingWriter}
 * and {@link HostFunctionsWriter} write the classes, {@link ModuleCheck} runs the link check.
 */
@AutoService(Processor.class)
public final class WasmBindProcessor extends AbstractProcessor {
    private Options options;
    /** Whether the class path holds another engine than the one this processor generates code for. */
    private boolean wrongFlavour;
    /** Interfaces waiting for a type that a later round generates, by qualified name. */
    private final Set<String> deferred = new LinkedHashSet<>();
    /** The {@code @HostModule} types of this compilation so far, by qualified name. */
    private final Set<String> hostModulesInSource = new HashSet<>();
    /** The host function adapters written so far, by qualified name. */
    private final Set<String> writtenAdapters = new HashSet<>();

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of(WasmModule.class.getCanonicalName(), HostModule.class.getCanonicalName());
    }

    @Override
    public Set<String> getSupportedOptions() {
        return Set.of(Options.MODULE_PATH, Options.DEFAULT_ENGINE, Options.DEFER_MISSING_MODULES, Options.FLAVOUR);
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
                        message -> Reporter.print(processingEnv.getMessager(), message));
                Optional<Message> flavourProblem =
                        FlavourCheck.check(processingEnv.getElementUtils(), options.flavour());
                flavourProblem.ifPresent(message -> Reporter.print(processingEnv.getMessager(), message));
                wrongFlavour = flavourProblem.isPresent();
            }
            if (round.processingOver() || wrongFlavour) {
                // what is still deferred now is missing for good, and javac reports it as such; code for an engine
                // that is not on the class path would only add errors of its own
                return false;
            }
            Elements elements = processingEnv.getElementUtils();
            Types types = processingEnv.getTypeUtils();
            Annotations annotationReader = new Annotations(elements);
            ValueTypes values = new ValueTypes(elements, types, annotationReader, reporter);
            InterfaceMethods methods = new InterfaceMethods(elements, types, annotationReader, values);
            round.getElementsAnnotatedWith(HostModule.class)
                    .forEach(type -> hostModulesInSource.add(((TypeElement) type).getQualifiedName().toString()));
            HostModuleValidator hosts =
                    new HostModuleValidator(annotationReader, methods, values, reporter, hostModulesInSource);
            BindingValidator validator = new BindingValidator(annotationReader, methods, values, hosts, reporter);
            ModuleCheck check = new ModuleCheck(new ModuleLocator(processingEnv.getFiler(), options.modulePath()),
                    options.deferMissingModules(), options.underKapt(), reporter);
            List<TypeElement> interfaces = toProcess(round);
            // host interfaces first: the bindings of this round that list them use their results
            for (TypeElement type : interfaces) {
                if (annotationReader.find(type, HostModule.class).isPresent()) {
                    processHostModule(type, hosts, values, reporter);
                }
            }
            for (TypeElement type : interfaces) {
                if (annotationReader.find(type, WasmModule.class).isPresent()) {
                    process(type, validator, values, check, reporter);
                }
            }
        } catch (RuntimeException | LinkageError e) {
            Reporter.print(
                    processingEnv.getMessager(), Messages.internalError("@WasmModule and @HostModule interfaces", e));
        }
        return false;
    }

    private List<TypeElement> toProcess(RoundEnvironment round) {
        Set<TypeElement> types = new LinkedHashSet<>();
        for (String name : deferred) {
            TypeElement type = processingEnv.getElementUtils().getTypeElement(name);
            if (type != null) {
                types.add(type);
            }
        }
        deferred.clear();
        for (Element element : round.getElementsAnnotatedWithAny(Set.of(HostModule.class, WasmModule.class))) {
            types.add((TypeElement) element);
        }
        return List.copyOf(types);
    }

    private void processHostModule(TypeElement type, HostModuleValidator hosts, ValueTypes values,
            Reporter reporter) {
        inTransaction(type, values, reporter, () ->
                hosts.validate(type).ifPresent(host -> writeAdapter(Lowering.lower(host.decl()), type)));
    }

    private void process(TypeElement type, BindingValidator validator, ValueTypes values, ModuleCheck check,
            Reporter reporter) {
        inTransaction(type, values, reporter, () -> validator.validate(type).ifPresent(declared -> {
            ModuleCheck.Lookup lookup = check.lookUp(declared.decl().resource());
            Optional<ModuleCheck.Visible> module = lookup instanceof ModuleCheck.Visible visible
                    ? Optional.of(visible)
                    : Optional.empty();
            BindingValidator.Validated validated = module
                    .map(visible -> new TransportInference(reporter).infer(declared, visible.module()))
                    .orElse(declared);
            BindingModel model = Lowering.lower(validated.decl(), options.defaultEngine());
            for (BindingModel.HostUse use : model.hostModules()) {
                // a host interface from a library built without this processor has no adapter yet
                if (processingEnv.getElementUtils().getTypeElement(use.module().generated().canonicalName())
                        == null) {
                    writeAdapter(use.module(), type);
                }
            }
            Optional<BuildTimeMachineModel> machine = model.defaultEngine() == Engine.COMPILER
                    ? module.flatMap(visible -> compileAtBuildTime(model, visible, validated, reporter))
                    : Optional.empty();
            write(BindingWriter.write(model, machine), type);
            // link problems leave the declaration intact: the class is still generated, so code using it does
            // not fail with errors of its own
            check.check(validated, model, lookup);
        }));
    }

    /**
     * The machine of the module compiled now, so that the binding generates no bytecode when it loads; where
     * Chicory cannot compile the module, a warning, and the binding compiles it at run time as without this step.
     */
    private Optional<BuildTimeMachineModel> compileAtBuildTime(BindingModel model, ModuleCheck.Visible module,
            BindingValidator.Validated validated, Reporter reporter) {
        try {
            return Optional.of(new BuildTimeCompiler(processingEnv.getFiler())
                    .compile(model.generated(), module.bytes(), module.module(), model.binding().exports(),
                            validated.type()));
        } catch (BuildTimeCompiler.CompileFailed e) {
            reporter.report(validated.type(), validated.annotation(), validated.moduleName(),
                    Messages.buildTimeCompileFailed(model.resource(), e.getMessage()));
            return Optional.empty();
        }
    }

    /**
     * Processes one interface with its diagnostics held back: a type it needs that does not exist yet (another
     * processor may generate it) defers it to the next round, with nothing reported; otherwise what it reported
     * is printed.
     */
    private void inTransaction(TypeElement type, ValueTypes values, Reporter reporter, Runnable work) {
        reporter.begin();
        try {
            work.run();
            reporter.commit();
        } catch (MissingTypeException e) {
            reporter.rollBack();
            values.forget();
            deferred.add(type.getQualifiedName().toString());
        } catch (RuntimeException | LinkageError e) {
            reporter.commit();
            // a bug, or a broken processor path: say so on the interface rather than crash javac
            reporter.report(type, Messages.internalError(type.getQualifiedName().toString(), e));
        }
    }

    /** Writes a host interface's adapter once, however many bindings list the interface. */
    private void writeAdapter(HostModuleModel model, TypeElement originatingElement) {
        if (writtenAdapters.add(model.generated().canonicalName())) {
            write(HostFunctionsWriter.write(model), originatingElement);
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
            Reporter.print(processingEnv.getMessager(), originatingElement, null, null,
                    Messages.cannotWrite(name, String.valueOf(e)));
        }
    }
}
