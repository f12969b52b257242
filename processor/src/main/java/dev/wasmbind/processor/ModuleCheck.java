package dev.wasmbind.processor;

import dev.wasmbind.runtime.internal.Modules;
import com.dylibso.chicory.wasm.WasmModule;
import dev.wasmbind.runtime.internal.ExportSpec;
import dev.wasmbind.runtime.internal.HostModuleBinding;
import dev.wasmbind.runtime.internal.ImportSpec;
import dev.wasmbind.runtime.InvalidModuleException;
import dev.wasmbind.runtime.internal.ModuleBinding;
import dev.wasmbind.runtime.internal.link.LinkCheck;
import dev.wasmbind.runtime.internal.link.LinkProblem;
import dev.wasmbind.runtime.internal.link.Message;
import dev.wasmbind.runtime.internal.link.LinkProblem.OnAllocator;
import dev.wasmbind.runtime.internal.link.LinkProblem.OnExport;
import dev.wasmbind.runtime.internal.link.LinkProblem.OnExportParameter;
import dev.wasmbind.runtime.internal.link.LinkProblem.OnHostImport;
import dev.wasmbind.runtime.internal.link.LinkProblem.OnHostImportParameter;
import dev.wasmbind.runtime.internal.link.LinkProblem.OnRawImport;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;

/**
 * The compile-time link check: finds the module, parses it with Chicory and runs the runtime's {@link LinkCheck} on
 * the very binding the generated class declares, reporting each problem on the method or interface it concerns.
 */
final class ModuleCheck {
    private static final String DEFER_IF_MISSING = "deferIfMissing";

    private final ModuleLocator locator;
    private final boolean deferMissingModules;
    private final boolean underKapt;
    private final Reporter reporter;

    /**
     * {@code deferMissingModules}: whether every binding's missing module is left for the load-time check;
     * {@code underKapt}: whether a missing module's message speaks of kapt.
     */
    ModuleCheck(ModuleLocator locator, boolean deferMissingModules, boolean underKapt, Reporter reporter) {
        this.locator = locator;
        this.deferMissingModules = deferMissingModules;
        this.underKapt = underKapt;
        this.reporter = reporter;
    }

    /** What looking for a binding's module found: the module is searched for and parsed once per binding. */
    sealed interface Lookup {}

    /** A module found at compile time: where, its bytes, and parsed. */
    record Visible(String location, byte[] bytes, WasmModule module) implements Lookup {}

    /** No module of that name where the processor looks. */
    record Missing() implements Lookup {}

    /** A module file that exists but cannot be read. */
    record Unreadable(IOException error) implements Lookup {}

    /** A module file that is no valid module. */
    record Corrupt(String location, InvalidModuleException error) implements Lookup {}

    /** Finds and parses the module; nothing is reported here, {@link #check} reports what is wrong with it. */
    Lookup lookUp(String resource) {
        Optional<ModuleLocator.Found> found;
        try {
            found = locator.find(resource);
        } catch (IOException e) {
            return new Unreadable(e);
        }
        if (found.isEmpty()) {
            return new Missing();
        }
        try {
            byte[] bytes = found.get().bytes();
            return new Visible(found.get().location(), bytes, Modules.parse(bytes, resource));
        } catch (InvalidModuleException e) {
            return new Corrupt(found.get().location(), e);
        }
    }

    void check(BindingValidator.Validated validated, BindingModel model, Lookup lookup) {
        ModuleBinding binding = model.binding();
        String resource = binding.resource();
        if (lookup instanceof Unreadable unreadable) {
            reportOnName(validated, Messages.unreadableModule(resource, String.valueOf(unreadable.error())));
            return;
        }
        if (lookup instanceof Missing) {
            // deferred on request: the generated class runs the same check when it loads the module
            if (!deferMissingModules && !deferIfMissing(validated)) {
                List<ModuleLocator.Searched> searched = locator.searched(resource, validated.type());
                reportOnName(validated, Messages.moduleNotFound(
                        resource, searched, ModuleLocator.nearest(resource, searched), underKapt));
            }
            return;
        }
        if (lookup instanceof Corrupt corrupt) {
            reportOnName(validated, Messages.corruptModule(resource, corrupt.location(), corrupt.error()));
            return;
        }
        Visible visible = (Visible) lookup;
        List<LinkProblem> problems;
        try {
            problems = LinkCheck.atCompileTime(visible.module(), resource, binding);
        } catch (InvalidModuleException e) {
            reportOnName(validated, Messages.corruptModule(resource, visible.location(), e));
            return;
        }
        for (LinkProblem problem : problems) {
            if (problem.location() instanceof OnExport export) {
                reporter.report(exportMethod(model, export.export()), problem.message());
            } else if (problem.location() instanceof OnExportParameter parameter) {
                reporter.report(parameterOf(exportMethod(model, parameter.export()), parameter.parameter()),
                        problem.message());
            } else if (problem.location() instanceof OnHostImport hostImport) {
                reportOnHostMethod(validated, model, hostImport.module(), hostImport.function(), Optional.empty(),
                        problem.message());
            } else if (problem.location() instanceof OnHostImportParameter parameter) {
                reportOnHostMethod(validated, model, parameter.module(), parameter.function(),
                        Optional.of(parameter.parameter()), problem.message());
            } else if (problem.location() instanceof OnAllocator) {
                reporter.report(validated.type(), validated.allocatorAnnotation().orElse(validated.annotation()),
                        problem.message());
            } else if (problem.location() instanceof OnRawImport raw) {
                AnnotationValue entry = validated.rawImports().stream()
                        .filter(declared -> declared.rawImport().equals(raw.rawImport()))
                        .findFirst()
                        .orElseThrow()
                        .entry();
                reporter.report(validated.type(), validated.annotation(), entry, problem.message());
            } else {
                // the module itself, such as an import nobody provides
                reporter.report(validated.type(), validated.annotation(), problem.message());
            }
        }
    }

    /**
     * On the host interface's method, or the parameter of it that {@code parameter} names; a host interface from
     * the class path has no source to point at, so on its entry in {@code @WasmModule(imports = ...)}.
     */
    private void reportOnHostMethod(BindingValidator.Validated validated, BindingModel model,
            HostModuleBinding host, ImportSpec function, Optional<String> parameter, Message message) {
        String moduleName = host.moduleName();
        // module names are unique among a binding's host interfaces
        BindingValidator.HostImport hostImport = validated.hostImports().stream()
                .filter(imported -> imported.host().decl().moduleName().equals(moduleName))
                .findFirst()
                .orElseThrow();
        if (hostImport.inSource()) {
            ExecutableElement method = model.hostModules().stream()
                    .map(BindingModel.HostUse::module)
                    .filter(module -> module.moduleName().equals(moduleName))
                    .flatMap(module -> module.functions().stream())
                    .filter(declared -> declared.spec().equals(function))
                    .findFirst()
                    .orElseThrow()
                    .declared()
                    .element();
            reporter.report(parameter.map(name -> parameterOf(method, name)).orElse(method), message);
        } else {
            reporter.report(validated.type(), validated.annotation(), hostImport.entry(), message);
        }
    }

    /** The method's parameter of this name; the method itself should it have none of that name. */
    private static Element parameterOf(ExecutableElement method, String name) {
        return method.getParameters().stream()
                .filter(parameter -> parameter.getSimpleName().contentEquals(name))
                .<Element>map(parameter -> parameter)
                .findFirst()
                .orElse(method);
    }

    /** The method whose spec the link check found a problem with: the binding lists the specs of its methods. */
    private static ExecutableElement exportMethod(BindingModel model, ExportSpec export) {
        return model.methods().stream()
                .filter(method -> method.export().equals(export))
                .findFirst()
                .orElseThrow()
                .declared()
                .element();
    }

    private static boolean deferIfMissing(BindingValidator.Validated validated) {
        return Annotations.explicitValue(validated.annotation(), DEFER_IF_MISSING)
                .map(value -> (Boolean) value.getValue())
                .orElse(false);
    }

    private void reportOnName(BindingValidator.Validated validated, Message message) {
        reporter.report(validated.type(), validated.annotation(), validated.moduleName(), message);
    }
}
