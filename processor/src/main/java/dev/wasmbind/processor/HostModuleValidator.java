package dev.wasmbind.processor;

import com.squareup.javapoet.ClassName;
import dev.wasmbind.Export;
import dev.wasmbind.GuestAllocator;
import dev.wasmbind.Handle;
import dev.wasmbind.PackedOrder;
import dev.wasmbind.HostFrees;
import dev.wasmbind.HostModule;
import dev.wasmbind.Import;
import dev.wasmbind.PackedResult;
import dev.wasmbind.processor.kinds.HostResultKind;
import dev.wasmbind.processor.kinds.Position;
import dev.wasmbind.processor.kinds.HostParameterKind;
import dev.wasmbind.processor.kinds.HostResult;
import dev.wasmbind.processor.kinds.ParamDecl;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Checks {@code @HostModule} interfaces and turns them into {@link HostModuleDecl}s, for one round. A host interface
 * of this compilation is reported once, when it is processed itself; a binding that lists it gets the result
 * without the reports. One from the class path has no source, so its problems go to the binding that lists it.
 */
final class HostModuleValidator {
    private static final String ANNOTATION = "@" + HostModule.class.getSimpleName();

    private final Annotations annotations;
    private final InterfaceMethods methods;
    private final ValueTypes values;
    private final Reporter reporter;
    private final Set<String> inSource;
    private final Map<String, Optional<ValidatedHost>> validated = new HashMap<>();

    /**
     * @param inSource the qualified names of the {@code @HostModule} types of this compilation, in this round and
     *     earlier ones
     */
    HostModuleValidator(
            Annotations annotations, InterfaceMethods methods, ValueTypes values, Reporter reporter,
            Set<String> inSource) {
        this.annotations = annotations;
        this.methods = methods;
        this.values = values;
        this.reporter = reporter;
        this.inSource = inSource;
    }

    /** A host interface together with its element; its methods carry theirs in the declaration. */
    record ValidatedHost(TypeElement type, HostModuleDecl decl) {}

    /** Whether the type is a {@code @HostModule} type of this compilation, which has a source to report on. */
    boolean isInSource(TypeElement type) {
        return inSource.contains(type.getQualifiedName().toString());
    }

    /** Validates a {@code @HostModule} type of this compilation, reporting its problems. */
    Optional<ValidatedHost> validate(TypeElement type) {
        Optional<ValidatedHost> host = check(type, reporter);
        validated.put(type.getQualifiedName().toString(), host);
        return host;
    }

    /**
     * A host interface that a binding lists: one of this compilation as validated when it was processed (its
     * problems are reported there), one from the class path reported to {@code classPathReporter}.
     */
    Optional<ValidatedHost> validateImported(TypeElement type, Reporter classPathReporter) {
        if (!isInSource(type)) {
            return check(type, classPathReporter);
        }
        // processed in an earlier round, which reported its problems: javac made new elements for this round, and
        // those of the earlier one no longer lead to the source, so check it again, quietly
        return validated.computeIfAbsent(type.getQualifiedName().toString(), name -> check(type, Reporter.silent()));
    }

    private Optional<ValidatedHost> check(TypeElement type, Reporter reporter) {
        AnnotationMirror annotation = annotations.find(type, HostModule.class).orElseThrow();
        int errorsBefore = reporter.errorCount();
        Optional<AnnotationValue> value =
                methods.checkInterface(type, annotation, ANNOTATION, Messages::hostModuleNotAnInterface, reporter);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        String moduleName = (String) value.get().getValue();
        if (moduleName.isEmpty()) {
            reporter.report(type, annotation, value.get(),
                    Messages.emptyHostModuleName(type.getQualifiedName().toString()));
        }
        methods.rejectMisplaced(
                type, List.of(Export.class, PackedResult.class, HostFrees.class), "@WasmModule", reporter);
        InterfaceMethods.BoundMethods<HostMethodDecl> bound = methods.declare(
                type, Import.class, (method, byImport) -> method(type, method, byImport, reporter), reporter);
        if (reporter.errorCount() > errorsBefore || !bound.allDeclared()) {
            return Optional.empty();
        }
        return Optional.of(new ValidatedHost(
                type, new HostModuleDecl(ClassName.get(type), moduleName, bound.declared(), ValueTypes.isVisible(type))));
    }

    private Optional<HostMethodDecl> method(
            TypeElement type, ExecutableElement method, Map<String, ExecutableElement> byImport, Reporter reporter) {
        int errorsBefore = reporter.errorCount();
        String description = InterfaceMethods.describe(method);
        ExecutableType signature = methods.signature(type, method);
        if (!methods.checkFunction(method, signature, description, Messages::hostCheckedException, reporter)) {
            return Optional.empty();
        }
        List<ParamDecl<HostParameterKind>> params = methods.parameters(
                method, signature, Position.HOST_PARAMETER, HostParameterKind.class, reporter);
        Optional<HostResultKind> result = result(type, method, signature.getReturnType(), description, reporter);
        String importName = methods.functionName(method, Import.class, byImport,
                (name, first) -> Messages.duplicateImport(name, description, InterfaceMethods.describe(first)),
                reporter);
        if (reporter.errorCount() > errorsBefore) {
            return Optional.empty();
        }
        return Optional.of(new HostMethodDecl(method.getSimpleName().toString(), importName, params,
                new HostResult(result), method.isVarArgs()));
    }

    /**
     * A host function returns nothing, a scalar, or a String or byte[] that it allocates in guest memory, with
     * the guest's allocator or the export {@code @GuestAllocator} names.
     */
    private Optional<HostResultKind> result(TypeElement hostType, ExecutableElement method, TypeMirror type,
            String description, Reporter reporter) {
        MissingTypeException.checkExists(type);
        boolean unsigned = methods.checkUnsigned(method, type, reporter);
        Optional<AnnotationMirror> allocator = annotations.find(method, GuestAllocator.class);
        Optional<AnnotationMirror> handle = annotations.find(method, Handle.class);
        if (handle.isPresent()) {
            Optional<HostResultKind> value = methods.handleKind(method, handle.get(), type, reporter)
                    .map(HostResultKind.class::cast);
            allocator.ifPresent(misplaced -> reporter.report(
                    method, misplaced, Messages.guestAllocatorWrongType("@Handle " + type)));
            return value;
        }
        Optional<HostResultKind> kind = type.getKind() == TypeKind.VOID
                ? Optional.empty()
                : values.kind(type, unsigned, Position.HOST_RESULT).map(HostResultKind.class::cast);
        if (type.getKind() != TypeKind.VOID && kind.isEmpty()) {
            reporter.report(method, Messages.unsupportedHostResult(type.toString(), description));
            return Optional.empty();
        }
        Optional<AnnotationMirror> order = annotations.find(method, PackedOrder.class);
        if (order.isPresent() && kind.flatMap(HostResultKind::packedLengthHigh).isEmpty()) {
            reporter.report(method, order.get(), Messages.packedOrderWrongType(type.toString()));
        }
        if (allocator.isPresent()) {
            AnnotationValue exportName = Annotations.explicitValue(allocator.get(), "value").orElseThrow();
            String name = String.valueOf(exportName.getValue());
            Optional<HostResultKind> allocated = kind.flatMap(result -> result.allocatedWith(name));
            if (allocated.isEmpty()) {
                reporter.report(method, allocator.get(), Messages.guestAllocatorWrongType(type.toString()));
            } else if (name.isEmpty()) {
                reporter.report(method, allocator.get(), exportName, Messages.emptyGuestAllocator(description));
            }
            kind = allocated;
        }
        if (methods.lengthHigh(hostType, method)) {
            kind = kind.map(result -> result.packedLengthHigh().orElse(result));
        }
        return kind;
    }
}
