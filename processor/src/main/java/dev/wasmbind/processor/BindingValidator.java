package dev.wasmbind.processor;

import com.squareup.javapoet.ClassName;
import dev.wasmbind.Export;
import dev.wasmbind.HostFrees;
import dev.wasmbind.PackedResult;
import dev.wasmbind.Unsigned;
import dev.wasmbind.WasmModule;
import dev.wasmbind.processor.model.BindingDecl;
import dev.wasmbind.processor.model.JavaValue;
import dev.wasmbind.processor.model.MethodDecl;
import dev.wasmbind.processor.model.MethodDecl.ParamDecl;
import dev.wasmbind.processor.model.Sequence;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.Diagnostic.Kind;

/**
 * Checks a {@code @WasmModule} interface against the rules of the binding and turns it into a {@link BindingDecl}.
 * Reports every problem it finds, each on the most precise element, before giving up on the interface.
 */
final class BindingValidator {
    private static final String WASM_SUFFIX = ".wasm";
    private static final String CLOSE = "close";
    /**
     * No-argument methods the generated class declares itself. An {@code AutoCloseable} interface's {@code close()}
     * is not bound at all, so it does not get here.
     */
    private static final Set<String> RESERVED = Set.of("load", "builder", CLOSE);

    private final Elements elements;
    private final Types types;
    private final Annotations annotations;
    private final ValueTypes values;
    private final Reporter reporter;
    private final TypeMirror checkedException;
    private final TypeMirror uncheckedException;
    private final TypeMirror autoCloseable;
    private final List<ExecutableElement> objectMethods;

    BindingValidator(Elements elements, Types types, Reporter reporter) {
        this.elements = elements;
        this.types = types;
        this.reporter = reporter;
        this.annotations = new Annotations(elements);
        this.values = new ValueTypes(elements, types, annotations, reporter);
        this.checkedException = typeOf(Exception.class);
        this.uncheckedException = typeOf(RuntimeException.class);
        this.autoCloseable = typeOf(AutoCloseable.class);
        this.objectMethods = ElementFilter.methodsIn(
                elements.getTypeElement(Object.class.getCanonicalName()).getEnclosedElements());
    }

    /**
     * The binding of an interface together with the elements its parts came from, so that problems found later (by
     * the link check) can be reported on them.
     *
     * @param methods the bound methods, index for index with the declaration's methods
     */
    record Validated(TypeElement type, AnnotationMirror annotation, AnnotationValue moduleName,
            List<ExecutableElement> methods, BindingDecl decl) {}

    /**
     * Whether every type the interface's signatures mention exists yet; when another processor is still to generate
     * one, the interface waits for a later round.
     */
    boolean isResolved(TypeElement type) {
        if (!type.getKind().isInterface()) {
            return true;
        }
        for (TypeElement t : hierarchy(type)) {
            if (t.getInterfaces().stream().anyMatch(s -> s.getKind() == TypeKind.ERROR)) {
                return false;
            }
        }
        Set<TypeElement> records = new HashSet<>();
        for (ExecutableElement method : boundMethods(type)) {
            ExecutableType signature = signature(type, method);
            if (isUnresolved(signature.getReturnType(), records)
                    || signature.getParameterTypes().stream().anyMatch(t -> isUnresolved(t, records))) {
                return false;
            }
        }
        return true;
    }

    /** Whether the type, an array's element type or a record's component type does not exist (yet). */
    private static boolean isUnresolved(TypeMirror type, Set<TypeElement> seenRecords) {
        TypeMirror t = type;
        while (t.getKind() == TypeKind.ARRAY) {
            t = ((ArrayType) t).getComponentType();
        }
        if (t.getKind() == TypeKind.ERROR) {
            return true;
        }
        Optional<TypeElement> record = ValueTypes.record(t);
        return record.isPresent() && seenRecords.add(record.get()) && record.get().getRecordComponents().stream()
                .anyMatch(component -> isUnresolved(component.asType(), seenRecords));
    }

    /** Validates one annotated element; empty when it has problems, all of which have been reported. */
    Optional<Validated> validate(TypeElement type) {
        AnnotationMirror annotation = annotations.find(type, WasmModule.class).orElseThrow();
        String name = type.getQualifiedName().toString();
        if (type.getKind() != ElementKind.INTERFACE) {
            reporter.error(type, annotation, Messages.notAnInterface(name, kindName(type.getKind())));
            return Optional.empty();
        }
        int errorsBefore = reporter.errorCount();
        // local interfaces never get here: javac hands processors top-level and member types only
        if (ValueTypes.isPrivate(type)) {
            reporter.error(type, Messages.privateInterface(name));
        }
        if (!type.getTypeParameters().isEmpty()) {
            String parameters = type.getTypeParameters().stream()
                    .map(p -> p.getSimpleName().toString())
                    .collect(Collectors.joining(", ", "<", ">"));
            reporter.error(type.getTypeParameters().get(0), Messages.genericInterface(name, parameters));
        }
        Optional<AnnotationValue> explicitValue = Annotations.explicitValue(annotation, "value");
        if (explicitValue.isEmpty() || !(explicitValue.get().getValue() instanceof String resource)) {
            return Optional.empty(); // javac reports the malformed annotation itself
        }
        AnnotationValue moduleValue = explicitValue.get();
        if (!resource.endsWith(WASM_SUFFIX) || resource.length() == WASM_SUFFIX.length()) {
            reporter.error(type, annotation, moduleValue, Messages.invalidModuleName(resource));
        }
        Annotations.explicitValue(annotation, "imports")
                .filter(imports -> !((List<?>) imports.getValue()).isEmpty())
                .ifPresent(imports -> reporter.error(type, annotation, imports, Messages.importsNotSupported()));

        warnAboutIgnoredExports(type);
        List<ExecutableElement> bound = boundMethods(type);
        List<MethodDecl> methods = new ArrayList<>();
        Map<String, ExecutableElement> byExport = new LinkedHashMap<>();
        for (ExecutableElement method : bound) {
            method(type, method, byExport).ifPresent(methods::add);
        }
        if (reporter.errorCount() > errorsBefore || methods.size() != bound.size()) {
            return Optional.empty();
        }
        BindingDecl decl = new BindingDecl(ClassName.get(type), resource, methods, memberTypeNames(type));
        return Optional.of(new Validated(type, annotation, moduleValue, bound, decl));
    }

    private Optional<MethodDecl> method(
            TypeElement type, ExecutableElement method, Map<String, ExecutableElement> byExport) {
        int errorsBefore = reporter.errorCount();
        String methodName = method.getSimpleName().toString();
        String description = describe(method);
        ExecutableType signature = signature(type, method);

        if (!method.getTypeParameters().isEmpty()) {
            reporter.error(method, Messages.genericMethod(description));
            return Optional.empty();
        }
        for (TypeMirror thrown : signature.getThrownTypes()) {
            if (types.isSubtype(thrown, checkedException) && !types.isSubtype(thrown, uncheckedException)) {
                reporter.error(method, Messages.checkedException(description, thrown.toString()));
            }
        }
        if (method.getParameters().isEmpty() && RESERVED.contains(methodName)) {
            reporter.error(method, Messages.reservedMethod(methodName));
        }

        List<ParamDecl> params = new ArrayList<>();
        for (int i = 0; i < method.getParameters().size(); i++) {
            VariableElement param = method.getParameters().get(i);
            parameter(param, signature.getParameterTypes().get(i))
                    .ifPresent(value -> params.add(new ParamDecl(param.getSimpleName().toString(), value)));
        }
        Result result = result(method, signature.getReturnType(), description);

        Optional<AnnotationMirror> export = annotations.find(method, Export.class);
        Optional<AnnotationValue> exportValue = export.flatMap(mirror -> Annotations.explicitValue(mirror, "value"));
        String exportName = exportValue.map(value -> (String) value.getValue())
                .filter(value -> !value.isEmpty())
                .orElse(methodName);
        ExecutableElement first = byExport.putIfAbsent(exportName, method);
        if (first != null) {
            reporter.report(Kind.ERROR, method, export.orElse(null), exportValue.orElse(null),
                    Messages.duplicateExport(exportName, description, describe(first)));
        }

        if (reporter.errorCount() > errorsBefore || !result.ok()) {
            return Optional.empty();
        }
        return Optional.of(new MethodDecl(methodName, exportName, params, result.value(),
                annotations.find(method, PackedResult.class).isPresent(),
                annotations.find(method, HostFrees.class).isPresent(),
                method.isVarArgs()));
    }

    private Optional<JavaValue> parameter(VariableElement param, TypeMirror type) {
        String name = param.getSimpleName().toString();
        boolean unsigned = checkUnsigned(param, type);
        if (ValueTypes.record(type).isPresent()) {
            reporter.error(param, Messages.recordParameter(type.toString(), name));
            return Optional.empty();
        }
        Optional<JavaValue> value = values.scalarOrSequence(type, unsigned);
        if (value.isEmpty()) {
            reporter.error(param, Messages.unsupportedParameter(type.toString(), name));
        }
        return value;
    }

    /** A method's result as far as validation got: {@code value} is empty for void; {@code ok} is false on errors. */
    private record Result(Optional<JavaValue> value, boolean ok) {}

    private Result result(ExecutableElement method, TypeMirror type, String description) {
        int errorsBefore = reporter.errorCount();
        boolean unsigned = checkUnsigned(method, type);
        Optional<JavaValue> value = Optional.empty();
        if (type.getKind() != TypeKind.VOID) {
            value = values.scalarOrSequence(type, unsigned);
            Optional<TypeElement> record = ValueTypes.record(type);
            if (value.isEmpty() && record.isPresent()) {
                // a broken record is reported on its components, once for all methods returning it
                value = values.struct(record.get()).map(JavaValue.class::cast);
                if (value.isEmpty()) {
                    return new Result(value, false);
                }
            } else if (value.isEmpty()) {
                reporter.error(method, Messages.unsupportedResult(type.toString(), description));
                return new Result(value, false);
            }
        }
        Optional<AnnotationMirror> packed = annotations.find(method, PackedResult.class);
        if (packed.isPresent() && !value.filter(v -> v instanceof Sequence s && s.isPackable()).isPresent()) {
            reporter.error(method, packed.get(), Messages.packedResultWrongType(type.toString()));
        }
        Optional<AnnotationMirror> hostFrees = annotations.find(method, HostFrees.class);
        if (hostFrees.isPresent() && !value.filter(Sequence.class::isInstance).isPresent()) {
            reporter.error(method, hostFrees.get(), Messages.hostFreesWrongType(type.toString()));
        }
        return new Result(value, reporter.errorCount() == errorsBefore);
    }

    /** Reports {@code @Unsigned} on a type it does not apply to; true when it is present and applies. */
    private boolean checkUnsigned(Element element, TypeMirror type) {
        Optional<AnnotationMirror> unsigned = annotations.find(element, Unsigned.class);
        if (unsigned.isEmpty()) {
            return false;
        }
        if (!ValueTypes.unsignedApplies(type)) {
            reporter.error(element, unsigned.get(), Messages.unsignedWrongType(type.toString()));
            return false;
        }
        return true;
    }

    private void warnAboutIgnoredExports(TypeElement type) {
        for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
            if (!method.getModifiers().contains(Modifier.ABSTRACT)) {
                annotations.find(method, Export.class).ifPresent(mirror -> reporter.report(
                        Kind.WARNING, method, mirror, null,
                        Messages.exportIgnored(describe(method))));
            }
        }
    }

    /**
     * The abstract methods of the interface and its super-interfaces: the interface's own first, then those of each
     * super-interface depth first, each in declaration order. Not bound: methods overridden by a default method,
     * redeclared {@code Object} methods, and {@code close()} of an {@code AutoCloseable} interface (the generated
     * class implements it).
     */
    private List<ExecutableElement> boundMethods(TypeElement type) {
        Set<ExecutableElement> members = new LinkedHashSet<>(ElementFilter.methodsIn(elements.getAllMembers(type)));
        boolean closeable = types.isAssignable(types.erasure(type.asType()), autoCloseable);
        List<ExecutableElement> bound = new ArrayList<>();
        for (TypeElement t : hierarchy(type)) {
            for (ExecutableElement method : ElementFilter.methodsIn(t.getEnclosedElements())) {
                if (members.contains(method)
                        && method.getModifiers().contains(Modifier.ABSTRACT)
                        && !isObjectMethod(type, method)
                        && !(closeable && isClose(method))
                        && bound.stream().noneMatch(b -> sameSignature(type, b, method))) {
                    bound.add(method);
                }
            }
        }
        return bound;
    }

    private boolean isObjectMethod(TypeElement type, ExecutableElement method) {
        return objectMethods.stream()
                .filter(o -> o.getModifiers().contains(Modifier.PUBLIC))
                .anyMatch(o -> o.getSimpleName().contentEquals(method.getSimpleName())
                        && types.isSubsignature(signature(type, method), (ExecutableType) o.asType()));
    }

    private static boolean isClose(ExecutableElement method) {
        return method.getSimpleName().contentEquals(CLOSE)
                && method.getParameters().isEmpty()
                && method.getReturnType().getKind() == TypeKind.VOID;
    }

    /** Override-equivalent: declared twice in the hierarchy (a diamond), bound once. */
    private boolean sameSignature(TypeElement type, ExecutableElement a, ExecutableElement b) {
        return a.getSimpleName().contentEquals(b.getSimpleName())
                && types.isSubsignature(signature(type, a), signature(type, b));
    }

    /** The method's types as seen from the interface, with a super-interface's type arguments filled in. */
    private ExecutableType signature(TypeElement type, ExecutableElement method) {
        return (ExecutableType) types.asMemberOf((DeclaredType) type.asType(), method);
    }

    /** The interface and its super-interfaces, depth first, each once. */
    private static List<TypeElement> hierarchy(TypeElement type) {
        Set<TypeElement> seen = new LinkedHashSet<>();
        collect(type, seen);
        return List.copyOf(seen);
    }

    private static void collect(TypeElement type, Set<TypeElement> seen) {
        if (seen.add(type)) {
            for (TypeMirror superInterface : type.getInterfaces()) {
                if (superInterface.getKind() == TypeKind.DECLARED) {
                    collect((TypeElement) ((DeclaredType) superInterface).asElement(), seen);
                }
            }
        }
    }

    /** Member types the generated class inherits through the interface, sorted for a stable output. */
    private static List<String> memberTypeNames(TypeElement type) {
        Set<String> names = new TreeSet<>();
        for (TypeElement t : hierarchy(type)) {
            ElementFilter.typesIn(t.getEnclosedElements()).forEach(member -> names.add(
                    member.getSimpleName().toString()));
        }
        return List.copyOf(names);
    }

    /** A method as messages quote it: {@code greet(String)}. */
    static String describe(ExecutableElement method) {
        return method.getParameters().stream()
                .map(param -> simpleName(param.asType()))
                .collect(Collectors.joining(", ", method.getSimpleName() + "(", ")"));
    }

    private static String simpleName(TypeMirror type) {
        if (type.getKind() == TypeKind.ARRAY) {
            return simpleName(((ArrayType) type).getComponentType()) + "[]";
        }
        if (type.getKind() == TypeKind.DECLARED) {
            return ((DeclaredType) type).asElement().getSimpleName().toString();
        }
        return type.toString();
    }

    private static String kindName(ElementKind kind) {
        return switch (kind) {
            case CLASS -> "a class";
            case ENUM -> "an enum";
            case RECORD -> "a record";
            case ANNOTATION_TYPE -> "an annotation type";
            default -> "a " + kind.name().toLowerCase(Locale.ROOT);
        };
    }

    private TypeMirror typeOf(Class<?> type) {
        return elements.getTypeElement(type.getCanonicalName()).asType();
    }
}
