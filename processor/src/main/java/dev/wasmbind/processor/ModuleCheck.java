package dev.wasmbind.processor;

import com.dylibso.chicory.wasm.WasmModule;
import dev.wasmbind.runtime.InvalidModuleException;
import dev.wasmbind.runtime.ModuleBinding;
import dev.wasmbind.runtime.link.LinkCheck;
import dev.wasmbind.runtime.link.LinkProblem;
import dev.wasmbind.runtime.link.LinkProblem.OnExport;
import dev.wasmbind.runtime.link.LinkProblem.OnHostImport;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic.Kind;

/**
 * The compile-time link check: finds the module, parses it with Chicory and runs the runtime's {@link LinkCheck} on
 * the very binding the generated class declares, reporting each problem on the method or interface it concerns.
 */
final class ModuleCheck {
    private final ModuleLocator locator;
    private final Reporter reporter;

    ModuleCheck(ModuleLocator locator, Reporter reporter) {
        this.locator = locator;
        this.reporter = reporter;
    }

    void check(BindingValidator.Validated validated, ModuleBinding binding) {
        String resource = binding.resource();
        Optional<ModuleLocator.Found> found;
        try {
            found = locator.find(resource);
        } catch (IOException e) {
            reportOnName(validated, Kind.ERROR, Messages.unreadableModule(resource, String.valueOf(e)));
            return;
        }
        if (found.isEmpty()) {
            reportOnName(validated, Kind.WARNING, Messages.moduleNotFound(resource, locator.modulePath()));
            return;
        }
        List<LinkProblem> problems;
        try {
            WasmModule module = InvalidModuleException.parse(found.get().bytes(), resource);
            problems = LinkCheck.atCompileTime(module, resource, binding);
        } catch (InvalidModuleException e) {
            reportOnName(validated, Kind.ERROR, Messages.corruptModule(resource, found.get().location(), e.detail()));
            return;
        }
        for (LinkProblem problem : problems) {
            Kind kind = problem.isError() ? Kind.ERROR : Kind.WARNING;
            if (problem.location() instanceof OnExport export) {
                Element method = validated.methods().get(export.exportIndex());
                reporter.report(kind, method, null, null, problem.message());
            } else if (problem.location() instanceof OnHostImport hostImport) {
                reportOnHostMethod(validated, hostImport, kind, problem.message());
            } else {
                // the module itself, such as an import nobody provides
                reporter.report(kind, validated.type(), validated.annotation(), null, problem.message());
            }
        }
    }

    /**
     * On the host interface's method; a host interface from the class path has no source to point at, so on its
     * entry in {@code @WasmModule(imports = ...)}.
     */
    private void reportOnHostMethod(
            BindingValidator.Validated validated, OnHostImport at, Kind kind, String message) {
        BindingValidator.HostImport hostImport = validated.hostImports().get(at.hostModuleIndex());
        if (hostImport.inSource()) {
            Element method = hostImport.host().methods().get(at.importIndex());
            reporter.report(kind, method, null, null, message);
        } else {
            reporter.report(kind, validated.type(), validated.annotation(), hostImport.entry(), message);
        }
    }

    private void reportOnName(BindingValidator.Validated validated, Kind kind, String message) {
        reporter.report(kind, validated.type(), validated.annotation(), validated.moduleName(), message);
    }
}
