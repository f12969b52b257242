package dev.wasmbind.processor;

import com.squareup.javapoet.ClassName;
import dev.wasmbind.AllocatorExports;
import dev.wasmbind.Borrowed;
import dev.wasmbind.Export;
import dev.wasmbind.GuestAllocator;
import dev.wasmbind.Handle;
import dev.wasmbind.HostFrees;
import dev.wasmbind.HostModule;
import dev.wasmbind.Import;
import dev.wasmbind.PackedOrder;
import dev.wasmbind.PackedResult;
import dev.wasmbind.WasmModule;
import dev.wasmbind.processor.kinds.ExportParameterKind;
import dev.wasmbind.processor.kinds.Position;
import dev.wasmbind.processor.kinds.RegionKind;
import dev.wasmbind.processor.kinds.JavaValue;
import dev.wasmbind.processor.kinds.PackedRegionResult;
import dev.wasmbind.processor.kinds.ResultConventions;
import dev.wasmbind.processor.kinds.ResultRequest;
import dev.wasmbind.processor.kinds.ParamDecl;
import dev.wasmbind.runtime.internal.AllocatorNames;
import dev.wasmbind.runtime.internal.Modules;
import dev.wasmbind.runtime.internal.RawImport;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * Checks a {@code @WasmModule} interface against the rules of the binding and turns it into a {@link BindingDecl}.
 * Reports every problem it finds, each on the most precise element, before giving up on the interface.
 */
final class BindingValidator {
    private static final String ANNOTATION = "@" + WasmModule.class.getSimpleName();
    /**
     * No-argument methods the generated class declares itself. An {@code AutoCloseable} interface's {@code close()}
     * is not bound at all, so it does not get here.
     */
    private static final Set<String> RESERVED = Set.of("load", "builder", "close");

    private final Annotations annotations;
    private final InterfaceMethods methods;
    private final ValueTypes values;
    private final HostModuleValidator hosts;
    private final Reporter reporter;

    BindingValidator(
            Annotations annotations, InterfaceMethods methods, ValueTypes values, HostModuleValidator hosts,
            Reporter reporter) {
        this.annotations = annotations;
        this.methods = methods;
        this.values = values;
        this.hosts = hosts;
        this.reporter = reporter;
    }

    /**
     * The binding of an interface together with the elements its parts came from, so that problems found later (by
     * the link check) can be reported on them.
     *
     * @param hostImports the host interfaces of {@code imports}, each with its declaration
     * @param allocatorAnnotation the interface's {@code @AllocatorExports}, if it has one
     */
    record Validated(TypeElement type, AnnotationMirror annotation, AnnotationValue moduleName,
            List<HostImport> hostImports,
            List<RawImportEntry> rawImports, Optional<AnnotationMirror> allocatorAnnotation, BindingDecl decl) {}

    /** One entry of {@code @WasmModule(rawImports = ...)}, with the annotation that declared it. */
    record RawImportEntry(RawImport rawImport, AnnotationValue entry) {}

    /**
     * One entry of {@code @WasmModule(imports = ...)}.
     *
     * @param entry the class literal in the annotation
     * @param inSource whether the host interface is of this compilation, so that problems can be reported on it
     * @param setter the builder method that takes the implementation
     */
    record HostImport(HostModuleValidator.ValidatedHost host, AnnotationValue entry, boolean inSource, String setter) {}

    /** Validates one annotated element; empty when it has problems, all of which have been reported. */
    Optional<Validated> validate(TypeElement type) {
        AnnotationMirror annotation = annotations.find(type, WasmModule.class).orElseThrow();
        int errorsBefore = reporter.errorCount();
        Optional<AnnotationValue> moduleValue =
                methods.checkInterface(type, annotation, ANNOTATION, Messages::notAnInterface, reporter);
        if (moduleValue.isEmpty()) {
            return Optional.empty();
        }
        String resource = (String) moduleValue.get().getValue();
        if (!Modules.isModuleName(resource)) {
            reporter.report(type, annotation, moduleValue.get(), Messages.invalidModuleName(resource));
        } else if (resource.startsWith("/")) {
            reporter.report(type, annotation, moduleValue.get(), Messages.absoluteModuleName(resource));
        }
        Optional<List<HostImport>> hostImports = hostImports(type, annotation);
        List<RawImportEntry> rawImports = rawImports(type, annotation, hostImports.orElse(List.of()));
        Optional<AnnotationMirror> allocatorAnnotation = annotations.find(type, AllocatorExports.class);
        Optional<AllocatorNames> allocator = allocatorAnnotation.flatMap(declared -> allocator(type, declared));

        methods.rejectMisplaced(type, List.of(Import.class, GuestAllocator.class), "@HostModule", reporter);
        InterfaceMethods.BoundMethods<ExportMethodDecl> bound =
                methods.declare(type, Export.class, (method, byExport) -> method(type, method, byExport), reporter);
        // an invalid host interface of this compilation has been reported on itself
        if (reporter.errorCount() > errorsBefore || !bound.allDeclared() || hostImports.isEmpty()) {
            return Optional.empty();
        }
        List<BindingDecl.HostUse> hostUses = hostImports.get().stream()
                .map(imported -> new BindingDecl.HostUse(imported.host().decl(), imported.setter()))
                .toList();
        BindingDecl decl =
                new BindingDecl(ClassName.get(type), resource, bound.declared(), memberTypeNames(type), hostUses,
                        rawImports.stream().map(RawImportEntry::rawImport).toList(), ValueTypes.isVisible(type),
                        allocator);
        return Optional.of(new Validated(type, annotation, moduleValue.get(), hostImports.get(),
                rawImports, allocatorAnnotation, decl));
    }

    /** The exports {@code @AllocatorExports} names; empty when it names no allocate export, which is reported. */
    private Optional<AllocatorNames> allocator(TypeElement type, AnnotationMirror declared) {
        AnnotationValue allocate = Annotations.explicitValue(declared, "allocate").orElseThrow();
        String free = Annotations.explicitValue(declared, "free").map(value -> (String) value.getValue()).orElse("");
        if (((String) allocate.getValue()).isBlank()) {
            reporter.report(type, declared, allocate, Messages.emptyAllocatorExport());
            return Optional.empty();
        }
        return Optional.of(new AllocatorNames((String) allocate.getValue(), free));
    }

    /**
     * The entries of {@code imports}, each a valid {@code @HostModule} interface with its own module name and
     * builder method; empty when one is not, which has been reported (on the entry, or on the host interface).
     */
    private Optional<List<HostImport>> hostImports(TypeElement type, AnnotationMirror annotation) {
        Optional<AnnotationValue> imports = Annotations.explicitValue(annotation, "imports");
        List<HostImport> hostImports = new ArrayList<>();
        Map<String, TypeElement> byModule = new HashMap<>();
        Map<String, TypeElement> bySetter = new HashMap<>();
        boolean complete = true;
        for (AnnotationValue entry : imports.map(BindingValidator::entries).orElse(List.of())) {
            // javac gives an unresolved class literal as an error string
            if (!(entry.getValue() instanceof TypeMirror imported)) {
                throw new MissingTypeException(String.valueOf(entry.getValue()));
            }
            MissingTypeException.checkExists(imported);
            Optional<TypeElement> hostType = hostModule(imported);
            if (hostType.isEmpty()) {
                reporter.report(type, annotation, entry, Messages.notAHostModule(imported.toString()));
                complete = false;
                continue;
            }
            String hostName = hostType.get().getQualifiedName().toString();
            Reporter onEntry = reporter.relocatedTo(type, annotation, entry,
                    message -> Messages.inHostModuleOnClassPath(hostName, message));
            Optional<HostModuleValidator.ValidatedHost> host = hosts.validateImported(hostType.get(), onEntry);
            if (host.isEmpty()) {
                complete = false;
                continue;
            }
            String moduleName = host.get().decl().moduleName();
            String setter = HostFunctionsWriter.decapitalize(hostType.get().getSimpleName().toString());
            TypeElement sameModule = byModule.putIfAbsent(moduleName, hostType.get());
            TypeElement sameSetter = bySetter.putIfAbsent(setter, hostType.get());
            if (sameModule != null) {
                reporter.report(type, annotation, entry, Messages.duplicateHostModule(
                        moduleName, hostName, sameModule.getQualifiedName().toString()));
            } else if (sameSetter != null) {
                reporter.report(type, annotation, entry, Messages.duplicateSetter(
                        setter, hostName, sameSetter.getQualifiedName().toString()));
            } else if (SourceVersion.isKeyword(setter)) {
                reporter.report(type, annotation, entry, Messages.setterIsKeyword(setter, hostName));
            }
            hostImports.add(new HostImport(host.get(), entry, hosts.isInSource(hostType.get()), setter));
        }
        return complete ? Optional.of(hostImports) : Optional.empty();
    }

    /**
     * The entries of {@code rawImports}. An entry must name a module, and must not claim an import that a listed
     * host interface serves: the guest would get one of two implementations.
     */
    private List<RawImportEntry> rawImports(TypeElement type, AnnotationMirror annotation, List<HostImport> hosts) {
        List<RawImportEntry> rawImports = new ArrayList<>();
        for (AnnotationValue entry : Annotations.explicitValue(annotation, "rawImports")
                .map(BindingValidator::entries).orElse(List.of())) {
            AnnotationMirror rawImport = (AnnotationMirror) entry.getValue();
            String module = Annotations.explicitValue(rawImport, "module")
                    .map(value -> String.valueOf(value.getValue())).orElse("");
            List<String> names = Annotations.explicitValue(rawImport, "names")
                    .map(BindingValidator::entries).orElse(List.of()).stream()
                    .map(name -> String.valueOf(name.getValue()))
                    .toList();
            RawImport raw = new RawImport(module, names);
            if (module.isEmpty() || names.contains("")) {
                reporter.report(type, annotation, entry, Messages.emptyRawImport(raw.describe()));
                continue;
            }
            for (HostImport host : hosts) {
                HostModuleDecl served = host.host().decl();
                served.methods().stream()
                        .map(DeclaredMethod::decl)
                        .filter(method -> raw.covers(served.moduleName(), method.functionName()))
                        .findFirst()
                        .ifPresent(method -> reporter.report(type, annotation, entry, Messages.rawImportServedByHost(
                                served.moduleName() + "." + method.functionName(), served.iface().canonicalName())));
            }
            rawImports.add(new RawImportEntry(raw, entry));
        }
        return rawImports;
    }

    /** The {@code @HostModule} type a class literal names, if it names one. */
    private Optional<TypeElement> hostModule(TypeMirror imported) {
        if (imported.getKind() != TypeKind.DECLARED) {
            return Optional.empty();
        }
        TypeElement element = (TypeElement) ((DeclaredType) imported).asElement();
        return annotations.find(element, HostModule.class).map(annotation -> element);
    }

    /** The values of an array-valued annotation element. */
    private static List<AnnotationValue> entries(AnnotationValue array) {
        List<AnnotationValue> entries = new ArrayList<>();
        for (Object entry : (List<?>) array.getValue()) {
            entries.add((AnnotationValue) entry);
        }
        return entries;
    }

    private Optional<ExportMethodDecl> method(
            TypeElement type, ExecutableElement method, Map<String, ExecutableElement> byExport) {
        int errorsBefore = reporter.errorCount();
        String methodName = method.getSimpleName().toString();
        String description = InterfaceMethods.describe(method);
        ExecutableType signature = methods.signature(type, method);

        if (!methods.checkFunction(method, signature, description, Messages::checkedException, reporter)) {
            return Optional.empty();
        }
        if (method.getParameters().isEmpty() && RESERVED.contains(methodName)) {
            reporter.report(method, Messages.reservedMethod(methodName));
        }

        List<ParamDecl<ExportParameterKind>> params = methods.parameters(
                method, signature, Position.EXPORT_PARAMETER, ExportParameterKind.class, reporter);
        if (annotations.find(type, Borrowed.class).isPresent()) {
            // on the interface: every argument that is copied in, is borrowed
            params = params.stream()
                    .map(param -> param.value().borrowed()
                            .map(kind -> new ParamDecl<>(param.name(), kind))
                            .orElse(param))
                    .toList();
        }
        Result result = result(method, signature.getReturnType(), description);
        String exportName = methods.functionName(method, Export.class, byExport,
                (name, first) -> Messages.duplicateExport(name, description, InterfaceMethods.describe(first)),
                reporter);

        if (reporter.errorCount() > errorsBefore || !result.ok()) {
            return Optional.empty();
        }
        ResultRequest request = new ResultRequest(annotations.find(method, PackedResult.class).isPresent(),
                methods.lengthHigh(type, method), annotations.find(method, HostFrees.class).isPresent());
        return Optional.of(new ExportMethodDecl(methodName, exportName, params,
                ResultConventions.declared(result.value(), request), method.isVarArgs()));
    }

    /** A method's result as far as validation got: {@code value} is empty for void; {@code ok} is false on errors. */
    private record Result(Optional<JavaValue> value, boolean ok) {}

    private Result result(ExecutableElement method, TypeMirror type, String description) {
        MissingTypeException.checkExists(type);
        int errorsBefore = reporter.errorCount();
        boolean unsigned = methods.checkUnsigned(method, type, reporter);
        Optional<JavaValue> value = Optional.empty();
        Optional<AnnotationMirror> handle = annotations.find(method, Handle.class);
        if (handle.isPresent()) {
            value = methods.handleKind(method, handle.get(), type, reporter).map(JavaValue.class::cast);
        } else if (type.getKind() != TypeKind.VOID) {
            value = values.kind(type, unsigned, Position.EXPORT_RESULT).map(JavaValue.class::cast);
            Optional<TypeElement> record = values.record(type);
            if (value.isEmpty() && record.isPresent()) {
                // a broken record is reported on its components, once for all methods returning it
                value = values.struct(record.get()).map(JavaValue.class::cast);
                if (value.isEmpty()) {
                    return new Result(value, false);
                }
            } else if (value.isEmpty()) {
                reporter.report(method, Messages.unsupportedResult(type.toString(), description));
                return new Result(value, false);
            }
        }
        Optional<AnnotationMirror> packed = annotations.find(method, PackedResult.class);
        if (packed.isPresent() && value.filter(PackedRegionResult::carries).isEmpty()) {
            reporter.report(method, packed.get(), Messages.packedResultWrongType(type.toString()));
        }
        Optional<AnnotationMirror> order = annotations.find(method, PackedOrder.class);
        if (order.isPresent() && value.filter(PackedRegionResult::carries).isEmpty()) {
            reporter.report(method, order.get(), Messages.packedOrderWrongType(type.toString()));
        }
        Optional<AnnotationMirror> hostFrees = annotations.find(method, HostFrees.class);
        if (hostFrees.isPresent() && !value.filter(RegionKind.class::isInstance).isPresent()) {
            reporter.report(method, hostFrees.get(), Messages.hostFreesWrongType(type.toString()));
        }
        return new Result(value, reporter.errorCount() == errorsBefore);
    }

    /** Member types the generated class inherits through the interface, sorted for a stable output. */
    private static List<String> memberTypeNames(TypeElement type) {
        Set<String> names = new TreeSet<>();
        for (TypeElement t : InterfaceMethods.hierarchy(type)) {
            ElementFilter.typesIn(t.getEnclosedElements()).forEach(member -> names.add(
                    member.getSimpleName().toString()));
        }
        return List.copyOf(names);
    }
}
