package dev.wasmbind.processor;

import dev.wasmbind.Borrowed;
import dev.wasmbind.Handle;
import dev.wasmbind.PackedOrder;
import dev.wasmbind.PtrLen;
import dev.wasmbind.Unsigned;
import dev.wasmbind.processor.kinds.ExportParameterKind;
import dev.wasmbind.processor.kinds.HandleKind;
import dev.wasmbind.processor.kinds.ParameterKind;
import dev.wasmbind.processor.kinds.Position;
import dev.wasmbind.processor.kinds.ValueKind;
import dev.wasmbind.processor.kinds.ParamDecl;
import dev.wasmbind.runtime.internal.link.Message;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
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
import com.squareup.javapoet.TypeName;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * What binding interfaces ({@code @WasmModule}) and host interfaces ({@code @HostModule}) have in common: which
 * methods they bind, the rules for the interface itself, for parameters and for the wasm function names. Each check
 * reports to the reporter it is given, so that a host interface can be checked quietly or on another element.
 */
final class InterfaceMethods {
    private static final String CLOSE = "close";

    private final Elements elements;
    private final Types types;
    private final Annotations annotations;
    private final ValueTypes values;
    private final TypeMirror checkedException;
    private final TypeMirror uncheckedException;
    private final TypeMirror autoCloseable;
    private final List<ExecutableElement> objectMethods;
    private final KotlinDeclarations kotlin;

    InterfaceMethods(Elements elements, Types types, Annotations annotations, ValueTypes values) {
        this.elements = elements;
        this.types = types;
        this.annotations = annotations;
        this.values = values;
        this.checkedException = typeOf(Exception.class);
        this.uncheckedException = typeOf(RuntimeException.class);
        this.autoCloseable = typeOf(AutoCloseable.class);
        this.objectMethods = ElementFilter.methodsIn(
                elements.getTypeElement(Object.class.getCanonicalName()).getEnclosedElements());
        this.kotlin = new KotlinDeclarations(elements);
    }

    /**
     * The rules for the annotated type itself: it is an interface, which generated code can name, and its functions
     * have fixed types. {@code annotationName} is how messages name the annotation, such as {@code @WasmModule};
     * {@code notAnInterface} gives the message for a type of another kind, from its name and kind.
     *
     * @return the annotation's {@code value}, a string; empty when the type is no interface, or when javac reports
     *     the annotation as malformed itself
     */
    Optional<AnnotationValue> checkInterface(
            TypeElement type,
            AnnotationMirror annotation,
            String annotationName,
            BiFunction<String, String, Message> notAnInterface,
            Reporter reporter) {
        String name = type.getQualifiedName().toString();
        if (type.getKind() != ElementKind.INTERFACE) {
            reporter.report(type, annotation, notAnInterface.apply(name, kindName(type.getKind())));
            return Optional.empty();
        }
        // local interfaces never get here: javac hands processors top-level and member types only
        if (ValueTypes.isPrivate(type)) {
            reporter.report(type, Messages.privateInterface(annotationName, name));
        }
        if (!type.getTypeParameters().isEmpty()) {
            String parameters = type.getTypeParameters().stream()
                    .map(p -> p.getSimpleName().toString())
                    .collect(Collectors.joining(", ", "<", ">"));
            reporter.report(type.getTypeParameters().get(0),
                    Messages.genericInterface(annotationName, name, parameters));
        }
        return Annotations.explicitValue(annotation, "value").filter(value -> value.getValue() instanceof String);
    }

    /**
     * The rules every bound function obeys: fixed types (no type parameters) and no checked exceptions, which a wasm
     * call cannot throw; {@code checkedMessage} words the latter for exports or host functions.
     *
     * @return false when the method has type parameters, so that nothing more about it can be checked
     */
    boolean checkFunction(
            ExecutableElement method,
            ExecutableType signature,
            String description,
            BiFunction<String, String, Message> checkedMessage,
            Reporter reporter) {
        if (!method.getTypeParameters().isEmpty()) {
            reporter.report(method, Messages.genericMethod(description));
            return false;
        }
        for (TypeMirror thrown : checkedExceptions(signature)) {
            reporter.report(method, checkedMessage.apply(description, thrown.toString()));
        }
        if (KotlinDeclarations.isNullable(method)) {
            KotlinDeclarations.Nullable nullable = KotlinDeclarations.nullable(signature.getReturnType(), method);
            reporter.report(method, Messages.nullableResult(description, nullable.declared(), nullable.fix()));
        }
        return true;
    }

    /**
     * Annotations that only mean something on the other kind of interface ({@code @HostFrees} on a host function,
     * {@code @Import} on a binding method) would silently do nothing here, so they are errors.
     */
    void rejectMisplaced(
            TypeElement type, List<Class<? extends Annotation>> misplaced, String belongsTo, Reporter reporter) {
        for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
            for (Class<? extends Annotation> annotation : misplaced) {
                annotations.find(method, annotation).ifPresent(mirror -> reporter.report(method, mirror,
                        Messages.misplacedAnnotation("@" + annotation.getSimpleName(), describe(method), belongsTo)));
            }
        }
    }

    /**
     * The interface's bound methods, each declared by {@code declare}, which gets the methods declared so far by wasm
     * function name (see {@link #functionName}). {@code nameAnnotation} ({@code @Export}, {@code @Import}) on a
     * default or static method has no effect, which is a warning. A Kotlin function that kapt's stub lacks is an
     * error ({@link KotlinDeclarations#reportHiddenFunctions}).
     */
    <D extends MethodDecl> BoundMethods<D> declare(
            TypeElement type,
            Class<? extends Annotation> nameAnnotation,
            BiFunction<ExecutableElement, Map<String, ExecutableElement>, Optional<D>> declare,
            Reporter reporter) {
        kotlin.reportHiddenFunctions(type, reporter);
        for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
            if (!method.getModifiers().contains(Modifier.ABSTRACT)) {
                annotations.find(method, nameAnnotation).ifPresent(mirror -> reporter.report(method, mirror,
                        Messages.annotationIgnored("@" + nameAnnotation.getSimpleName(), describe(method))));
            }
        }
        List<ExecutableElement> bound = bound(type);
        Map<String, ExecutableElement> byName = new LinkedHashMap<>();
        List<DeclaredMethod<D>> declared = new ArrayList<>();
        for (ExecutableElement method : bound) {
            declare.apply(method, byName).ifPresent(decl -> declared.add(new DeclaredMethod<>(method, decl)));
        }
        return new BoundMethods<>(bound.size(), declared);
    }

    /**
     * An interface's bound methods that have no problems, declared.
     *
     * @param boundCount how many methods the interface binds, with or without problems
     */
    record BoundMethods<D extends MethodDecl>(int boundCount, List<DeclaredMethod<D>> declared) {
        boolean allDeclared() {
            return declared.size() == boundCount;
        }
    }

    /**
     * The abstract methods of the interface and its super-interfaces: the interface's own first, then those of each
     * super-interface depth first, each in declaration order. Not bound: methods overridden by a default method,
     * redeclared {@code Object} methods, and {@code close()} of an {@code AutoCloseable} interface (a generated
     * binding implements it; a host implementation closes its own resources, which the guest has no business with).
     */
    private List<ExecutableElement> bound(TypeElement type) {
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

    /** The checked exceptions a method declares; unchecked ones and errors are fine. */
    private List<TypeMirror> checkedExceptions(ExecutableType signature) {
        return signature.getThrownTypes().stream()
                .filter(t -> types.isSubtype(t, checkedException) && !types.isSubtype(t, uncheckedException))
                .collect(Collectors.toList());
    }

    /**
     * The parameters that have a lowering at the position, as the position's kinds {@code kinds}; each one that has
     * none is reported.
     */
    <P extends ParameterKind> List<ParamDecl<P>> parameters(ExecutableElement method, ExecutableType signature,
            Position position, Class<P> kinds, Reporter reporter) {
        List<ParamDecl<P>> params = new ArrayList<>();
        for (int i = 0; i < method.getParameters().size(); i++) {
            VariableElement param = method.getParameters().get(i);
            TypeMirror type = signature.getParameterTypes().get(i);
            String name = param.getSimpleName().toString();
            MissingTypeException.checkExists(type);
            if (KotlinDeclarations.isNullable(param)) {
                KotlinDeclarations.Nullable nullable = KotlinDeclarations.nullable(type, param);
                reporter.report(param, Messages.nullableParameter(name, nullable.declared(), nullable.fix()));
                continue;
            }
            boolean unsigned = checkUnsigned(param, type, reporter);
            Optional<AnnotationMirror> handle = annotations.find(param, Handle.class);
            // a record passed as a handle is an object like any other; only its fields cannot be passed
            if (handle.isEmpty() && values.record(type).isPresent()) {
                reporter.report(param, Messages.recordParameter(type.toString(), name));
                continue;
            }
            Optional<ValueKind> value = handle.isPresent()
                    ? handleKind(param, handle.get(), type, reporter).map(ValueKind.class::cast)
                    : values.kind(type, unsigned, position);
            if (value.isEmpty()) {
                if (handle.isEmpty()) {
                    reporter.report(param, Messages.unsupportedParameter(type.toString(), name, position));
                }
                continue;
            }
            Optional<AnnotationMirror> borrowed = annotations.find(param, Borrowed.class);
            if (borrowed.isPresent()) {
                value = value.filter(ExportParameterKind.class::isInstance)
                        .filter(kind -> position == Position.EXPORT_PARAMETER)
                        .flatMap(kind -> ((ExportParameterKind) kind).borrowed())
                        .map(ValueKind.class::cast);
                if (value.isEmpty()) {
                    reporter.report(param, borrowed.get(), Messages.borrowedWrongPlace(type.toString(), name));
                    continue;
                }
            }
            Optional<AnnotationMirror> ptrLen = annotations.find(param, PtrLen.class);
            if (ptrLen.isPresent()) {
                value = ((ParameterKind) value.get()).asPtrLen().map(ValueKind.class::cast);
                if (value.isEmpty()) {
                    reporter.report(param, ptrLen.get(), Messages.ptrLenWrongType(type.toString()));
                    continue;
                }
            }
            // the kind was found for the position, so it is one of the position's kinds
            params.add(new ParamDecl<>(name, kinds.cast(value.get())));
        }
        return params;
    }

    /**
     * The kind of a value declared {@code @Handle}: a class, interface or array type without type arguments, which
     * generated code can name as a class literal; empty when the type is none of these, which is reported.
     */
    Optional<HandleKind> handleKind(Element element, AnnotationMirror handle, TypeMirror type, Reporter reporter) {
        TypeMirror innermost = type;
        while (innermost.getKind() == TypeKind.ARRAY) {
            innermost = ((ArrayType) innermost).getComponentType();
        }
        boolean nameable = innermost.getKind().isPrimitive() ? type.getKind() == TypeKind.ARRAY
                : innermost.getKind() == TypeKind.DECLARED && ((DeclaredType) innermost).getTypeArguments().isEmpty();
        if (!nameable) {
            reporter.report(element, handle, Messages.handleWrongType(type.toString()));
            return Optional.empty();
        }
        return Optional.of(HandleKind.of(TypeName.get(type)));
    }

    /**
     * Whether the method's packed values are {@code len << 32 | ptr}: its own {@code @PackedOrder}, or else its
     * interface's.
     */
    boolean lengthHigh(TypeElement type, ExecutableElement method) {
        return annotations.find(method, PackedOrder.class)
                .or(() -> annotations.find(type, PackedOrder.class))
                .flatMap(order -> Annotations.explicitValue(order, "value"))
                .map(value -> ((VariableElement) value.getValue()).getSimpleName()
                        .contentEquals(PackedOrder.Order.LENGTH_HIGH.name()))
                .orElse(false);
    }

    /** Reports {@code @Unsigned} on a type it does not apply to; true when it is present and applies. */
    boolean checkUnsigned(Element element, TypeMirror type, Reporter reporter) {
        Optional<AnnotationMirror> unsigned = annotations.find(element, Unsigned.class);
        if (unsigned.isEmpty()) {
            return false;
        }
        if (!values.unsignedApplies(type)) {
            reporter.report(element, unsigned.get(), Messages.unsignedWrongType(type.toString()));
            return false;
        }
        return true;
    }

    /**
     * The wasm function a method binds: the value of {@code annotation} ({@code @Export}, {@code @Import}), or the
     * method's name when it is absent or empty. A name that an earlier method of {@code byName} already binds is
     * reported on the annotation value, with {@code duplicate}'s text given this method and the first.
     */
    String functionName(
            ExecutableElement method,
            Class<? extends Annotation> annotation,
            Map<String, ExecutableElement> byName,
            BiFunction<String, ExecutableElement, Message> duplicate,
            Reporter reporter) {
        Optional<AnnotationMirror> mirror = annotations.find(method, annotation);
        Optional<AnnotationValue> value = mirror.flatMap(m -> Annotations.explicitValue(m, "value"));
        String name = value.map(v -> (String) v.getValue())
                .filter(v -> !v.isEmpty())
                .orElse(method.getSimpleName().toString());
        ExecutableElement first = byName.putIfAbsent(name, method);
        if (first != null) {
            reporter.report(method, mirror.orElse(null), value.orElse(null), duplicate.apply(name, first));
        }
        return name;
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
    ExecutableType signature(TypeElement type, ExecutableElement method) {
        return (ExecutableType) types.asMemberOf((DeclaredType) type.asType(), method);
    }

    /** The interface and its super-interfaces, depth first, each once. */
    static List<TypeElement> hierarchy(TypeElement type) {
        Set<TypeElement> seen = new LinkedHashSet<>();
        collect(type, seen);
        return List.copyOf(seen);
    }

    private static void collect(TypeElement type, Set<TypeElement> seen) {
        if (seen.add(type)) {
            for (TypeMirror superInterface : type.getInterfaces()) {
                MissingTypeException.checkExists(superInterface);
                if (superInterface.getKind() == TypeKind.DECLARED) {
                    collect((TypeElement) ((DeclaredType) superInterface).asElement(), seen);
                }
            }
        }
    }

    /**
     * A method as messages quote it: {@code greet(String)}; in Kotlin's spelling where it is declared in Kotlin,
     * {@code greet(String?, ByteArray)}.
     */
    static String describe(ExecutableElement method) {
        boolean kotlin = KotlinDeclarations.isKotlin(method);
        return method.getParameters().stream()
                .map(param -> kotlin ? KotlinDeclarations.kotlinName(param) : simpleName(param.asType()))
                .collect(Collectors.joining(", ", method.getSimpleName() + "(", ")"));
    }

    /** A type as messages quote it in a Java declaration: {@code String}, {@code byte[]}. */
    static String simpleName(TypeMirror type) {
        if (type.getKind() == TypeKind.ARRAY) {
            return simpleName(((ArrayType) type).getComponentType()) + "[]";
        }
        if (type.getKind() == TypeKind.DECLARED) {
            return ((DeclaredType) type).asElement().getSimpleName().toString();
        }
        return type.toString();
    }

    /** How messages name what an annotated type is instead of an interface: "a class", "an enum". */
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
