package dev.wasmbind.runtime.internal.link;

import dev.wasmbind.runtime.internal.HostModuleBinding;
import com.dylibso.chicory.runtime.ImportFunction;
import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.Export;
import com.dylibso.chicory.wasm.types.ExternalType;
import com.dylibso.chicory.wasm.types.FunctionImport;
import com.dylibso.chicory.wasm.types.FunctionType;
import com.dylibso.chicory.wasm.types.Import;
import dev.wasmbind.runtime.internal.AllocatorConvention;
import dev.wasmbind.runtime.internal.ExportSpec;
import dev.wasmbind.runtime.internal.GuestHandles;
import dev.wasmbind.runtime.internal.ImportFit;
import dev.wasmbind.runtime.internal.ImportSpec;
import dev.wasmbind.runtime.internal.ModuleBinding;
import dev.wasmbind.runtime.internal.ModuleBinding.HostModuleUse;
import dev.wasmbind.runtime.internal.RawImport;
import dev.wasmbind.runtime.internal.Wasi;
import dev.wasmbind.runtime.internal.link.LinkProblem.Location;
import dev.wasmbind.runtime.internal.link.LinkProblem.OnExport;
import dev.wasmbind.runtime.internal.link.LinkProblem.OnExportParameter;
import dev.wasmbind.runtime.internal.link.LinkProblem.OnHostImport;
import dev.wasmbind.runtime.internal.link.LinkProblem.OnHostImportParameter;
import dev.wasmbind.runtime.internal.link.LinkProblem.OnModule;
import dev.wasmbind.runtime.internal.link.LinkProblem.OnRawImport;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Compares a module with what a binding expects: the processor runs it at compile time against the module on the
 * class path, the runtime again at load time against the module actually given, so that a mismatch never shows up
 * as a trap in the middle of a call. Problems come exports first (in binding order), then host interface methods,
 * then the module's own imports.
 */
public final class LinkCheck {
    private final ModuleIndex module;
    private final String moduleName;
    private final ModuleBinding binding;
    private final Set<String> suppliedHostModules;
    private final List<ImportFunction> extraHostFunctions;
    /** Whether host functions were actually given: at load time, not when compiling. */
    private final boolean atLoad;
    private final List<LinkProblem> problems = new ArrayList<>();
    /** The guest's allocator as its exports and the binding tell it; {@link #allocatorProblem} says why it fails. */
    private final AllocatorConvention allocator;
    private final Message allocatorProblem;
    private final List<String> allocatorLookalikes;
    private boolean allocatorProblemReported;

    private LinkCheck(
            WasmModule module,
            String moduleName,
            ModuleBinding binding,
            Set<String> suppliedHostModules,
            Collection<? extends ImportFunction> extraHostFunctions,
            boolean atLoad) {
        this.module = new ModuleIndex(module, moduleName);
        this.atLoad = atLoad;
        this.moduleName = moduleName;
        this.binding = binding;
        this.suppliedHostModules = Set.copyOf(suppliedHostModules);
        this.extraHostFunctions = List.copyOf(extraHostFunctions);
        Map<String, FunctionType> exportTypes = functionExportTypes(this.module);
        AllocatorRecognition.Result recognised = recognise(exportTypes, binding, moduleName);
        this.allocator = recognised.convention();
        if (recognised instanceof AllocatorRecognition.Ambiguous ambiguous) {
            this.allocatorProblem = LinkMessages.allocatorAmbiguous(moduleName, ambiguous.fitting());
        } else if (recognised instanceof AllocatorRecognition.Invalid invalid) {
            this.allocatorProblem = invalid.problem();
        } else {
            this.allocatorProblem = null;
        }
        this.allocatorLookalikes = AllocatorRecognition.lookalikes(exportTypes);
    }

    /**
     * The guest's allocator, for a module the link check passed: the exports the binding names, or else the
     * convention the module's exports follow; {@link AllocatorConvention.None} where none fits.
     */
    public static AllocatorConvention allocator(WasmModule module, String moduleName, ModuleBinding binding) {
        return recognise(functionExportTypes(new ModuleIndex(module, moduleName)), binding, moduleName).convention();
    }

    private static AllocatorRecognition.Result recognise(
            Map<String, FunctionType> exportTypes, ModuleBinding binding, String moduleName) {
        return binding.allocator() == null
                ? AllocatorRecognition.recognise(exportTypes)
                : AllocatorRecognition.resolve(exportTypes, binding.allocator(), moduleName);
    }

    /** A function a module imports: the import module and the name within it. */
    public record ImportName(String module, String name) {}

    /**
     * For a module the link check passed: the host interface methods whose import takes some of their slices as
     * {@code (ptr, len)}, and how; the others the module imports as they are declared.
     */
    public static Map<ImportName, ImportFit.WithoutCapacity> slicesWithoutCapacity(
            WasmModule module, String moduleName, ModuleBinding binding) {
        ModuleIndex index = new ModuleIndex(module, moduleName);
        Map<ImportName, ImportFit.WithoutCapacity> fits = new HashMap<>();
        for (HostModuleUse use : binding.hostModules()) {
            String importModule = use.binding().moduleName();
            for (ImportSpec spec : use.binding().imports()) {
                index.functionImport(importModule, spec.importName())
                        .map(imported -> ImportFit.of(spec.wasmSignature(), index.typeOf(imported)))
                        .filter(ImportFit.WithoutCapacity.class::isInstance)
                        .ifPresent(fit -> fits.put(new ImportName(importModule, spec.importName()),
                                (ImportFit.WithoutCapacity) fit));
            }
        }
        return fits;
    }

    /**
     * The types of the module's function exports, by name.
     *
     * @throws dev.wasmbind.runtime.InvalidModuleException when the module's indices lead nowhere
     */
    public static Map<String, FunctionType> functionExportTypes(WasmModule module, String moduleName) {
        return functionExportTypes(new ModuleIndex(module, moduleName));
    }

    private static Map<String, FunctionType> functionExportTypes(ModuleIndex index) {
        Map<String, FunctionType> types = new HashMap<>();
        for (String name : index.functionExportNames()) {
            index.export(name).ifPresent(export -> types.put(name, index.typeOf(export)));
        }
        return types;
    }

    /** Compile time: every declared host module counts as supplied. Includes warnings. */
    public static List<LinkProblem> atCompileTime(WasmModule module, String moduleName, ModuleBinding binding) {
        Set<String> declared = binding.hostModules().stream()
                .map(use -> use.binding().moduleName())
                .collect(Collectors.toSet());
        return new LinkCheck(module, moduleName, binding, declared, List.of(), false).run();
    }

    /**
     * Load time: only host modules whose implementation was given (by {@code HostModuleBinding.moduleName}) and the
     * raw host functions count as supplied; warnings are not reported, the processor already did.
     */
    public static List<LinkProblem> atLoad(
            WasmModule module,
            String moduleName,
            ModuleBinding binding,
            Set<String> suppliedHostModules,
            Collection<? extends ImportFunction> extraHostFunctions) {
        List<LinkProblem> errors = new ArrayList<>();
        for (LinkProblem problem
                : new LinkCheck(module, moduleName, binding, suppliedHostModules, extraHostFunctions, true).run()) {
            if (problem.isError()) {
                errors.add(problem);
            }
        }
        return errors;
    }

    private List<LinkProblem> run() {
        if (allocatorProblem != null && binding.allocator() != null) {
            // a wrong @AllocatorExports is wrong whether or not a method needs it
            reportAllocatorProblem();
        }
        for (ExportSpec export : binding.exports()) {
            checkExport(new OnExport(export), export);
        }
        for (HostModuleUse use : binding.hostModules()) {
            for (ImportSpec function : use.binding().imports()) {
                checkHostImport(use.binding(), function);
            }
        }
        for (RawImport raw : binding.rawImports()) {
            checkRawImport(raw);
        }
        for (Import imported : module.imports()) {
            checkModuleImport(imported);
        }
        return List.copyOf(problems);
    }

    private void checkExport(Location at, ExportSpec spec) {
        Optional<Export> export = module.export(spec.exportName());
        if (export.isEmpty()) {
            report(at, LinkMessages.noSuchExport(spec.exportName(), moduleName, module.functionExportNames()));
        } else if (export.get().exportType() != ExternalType.FUNCTION) {
            report(at, LinkMessages.notAFunction(
                    spec.exportName(), moduleName, export.get().exportType(), module.functionExportNames()));
        } else {
            FunctionType actual = module.typeOf(export.get());
            if (!spec.wasmSignature().matches(actual)) {
                Location mistaken = LinkMessages.mistakenParameter(spec, actual)
                        .<Location>map(parameter -> new OnExportParameter(spec, parameter))
                        .orElse(at);
                report(mistaken, LinkMessages.exportTypeMismatch(spec, moduleName, actual));
            }
        }
        boolean freesResult = spec.allocator().freesResult();
        if (freesResult && allocator instanceof AllocatorConvention.CanonicalAbi) {
            report(at, LinkMessages.resultNotFreeable(spec.javaSignature(), moduleName, spec.exportName()));
        } else if (spec.allocator().allocates() || freesResult) {
            requireAllocator(at, spec.javaSignature(), LinkMessages.FOR_ARGUMENTS);
        }
        if (allocator instanceof AllocatorConvention.CanonicalAbi && export.isPresent()
                && export.get().exportType() == ExternalType.FUNCTION) {
            checkPostReturn(at, spec, module.typeOf(export.get()));
        }
    }

    /** A canonical-ABI post-return, where there is one, takes the export's results and returns nothing. */
    private void checkPostReturn(Location at, ExportSpec spec, FunctionType exportType) {
        String name = AllocatorConvention.POST_RETURN_PREFIX + spec.exportName();
        Optional<Export> postReturn = module.export(name);
        if (postReturn.isEmpty() || postReturn.get().exportType() != ExternalType.FUNCTION) {
            return;
        }
        FunctionType actual = module.typeOf(postReturn.get());
        FunctionType expected = FunctionType.of(exportType.returns(), List.of());
        if (!actual.typesMatch(expected)) {
            report(at, LinkMessages.postReturnTypeMismatch(spec.javaSignature(), moduleName, name, actual, expected));
        }
    }

    /**
     * A call needs the guest's allocator: a module without one fails on the call, one whose allocator cannot be
     * told fails once, on the interface.
     */
    private void requireAllocator(Location at, String javaSignature, String purpose) {
        if (allocatorProblem != null) {
            reportAllocatorProblem();
        } else if (allocator instanceof AllocatorConvention.None) {
            report(at, LinkMessages.noAllocator(javaSignature, purpose, moduleName, allocatorLookalikes));
        }
    }

    private void reportAllocatorProblem() {
        if (!allocatorProblemReported) {
            allocatorProblemReported = true;
            report(new LinkProblem.OnAllocator(), allocatorProblem);
        }
    }

    private void checkAllocator(Location at, String javaSignature, AllocatorExport allocator) {
        Optional<Export> export = module.export(allocator.exportName());
        if (export.isEmpty()) {
            report(at, LinkMessages.allocatorMissing(javaSignature, allocator, moduleName));
        } else if (export.get().exportType() != ExternalType.FUNCTION) {
            report(at, LinkMessages.allocatorNotAFunction(
                    javaSignature, allocator, moduleName, export.get().exportType()));
        } else {
            FunctionType actual = module.typeOf(export.get());
            if (!allocator.type().typesMatch(actual)) {
                report(at, LinkMessages.allocatorTypeMismatch(javaSignature, allocator, moduleName, actual));
            }
        }
    }

    private void checkHostImport(HostModuleBinding host, ImportSpec spec) {
        Location at = new OnHostImport(host, spec);
        String importModule = host.moduleName();
        Optional<FunctionImport> imported = module.functionImport(importModule, spec.importName());
        if (imported.isEmpty()) {
            report(at, LinkMessages.hostImportUnused(
                    moduleName, importModule, spec, module.functionImportNames(importModule)));
            return;
        }
        FunctionType actual = module.typeOf(imported.get());
        ImportFit fit = ImportFit.of(spec.wasmSignature(), actual);
        if (fit instanceof ImportFit.Mismatch) {
            Location mistaken = LinkMessages.mistakenParameter(spec, actual)
                    .<Location>map(parameter -> new OnHostImportParameter(host, spec, parameter))
                    .orElse(at);
            report(mistaken, LinkMessages.hostImportTypeMismatch(moduleName, importModule, spec, actual));
        } else if (fit instanceof ImportFit.Ambiguous ambiguous) {
            report(at, LinkMessages.hostImportSlicesAmbiguous(
                    moduleName, importModule, spec, actual, ambiguous.choices()));
        }
        if (spec.resultAllocator() != null) {
            checkAllocator(at, spec.javaSignature(), AllocatorExport.forHostResults(spec.resultAllocator()));
        } else if (spec.allocatesResult()) {
            requireAllocator(at, spec.javaSignature(), LinkMessages.FOR_HOST_RESULTS);
        }
    }

    /** Warns of a declared raw import the module does not have: its host function would never be called. */
    private void checkRawImport(RawImport raw) {
        List<String> imported = module.functionImportNames(raw.module());
        Location at = new OnRawImport(raw);
        if (raw.names().isEmpty() && imported.isEmpty()) {
            report(at, LinkMessages.rawImportModuleUnused(moduleName, raw.module(), module.functionImportModules()));
        }
        for (String name : raw.names()) {
            if (!imported.contains(name)) {
                report(at, LinkMessages.rawImportUnused(moduleName, raw.module(), name, imported));
            }
        }
    }

    private void checkModuleImport(Import imported) {
        Location at = new OnModule();
        if (!(imported instanceof FunctionImport function)) {
            report(at, LinkMessages.importNotSupported(
                    moduleName, imported.importType(), imported.module(), imported.name()));
            return;
        }
        if (alwaysSupplied(function) || suppliedRaw(function)) {
            return;
        }
        if (binding.rawImport(function.module(), function.name()).isPresent()) {
            if (atLoad) {
                report(at, LinkMessages.rawImportNotSupplied(
                        moduleName, function.module(), function.name(), module.typeOf(function)));
            }
            return;
        }
        List<HostModuleUse> sameModule = new ArrayList<>();
        HostModuleUse declaring = null;
        for (HostModuleUse use : binding.hostModules()) {
            if (use.binding().moduleName().equals(function.module())) {
                sameModule.add(use);
                if (declaring == null && use.binding().declares(function.name())) {
                    declaring = use;
                }
            }
        }
        if (declaring != null) {
            if (!suppliedHostModules.contains(function.module())) {
                report(at, LinkMessages.hostImplementationMissing(moduleName, function.module(), function.name(),
                        declaring.binding().interfaceName(), declaring.builderMethod()));
            }
        } else if (!sameModule.isEmpty()) {
            report(at, LinkMessages.importNotDeclared(moduleName, function.module(), function.name(),
                    module.typeOf(function), sameModule.get(0).binding().interfaceName()));
        } else {
            report(at, LinkMessages.importNotProvided(
                    moduleName, function.module(), function.name(), module.typeOf(function)));
        }
    }

    private void report(Location at, Message message) {
        problems.add(new LinkProblem(at, message));
    }

    /** Every instance is given Chicory's WASI, when it imports from it, and the handle release. */
    private static boolean alwaysSupplied(FunctionImport function) {
        return Wasi.provides(function.module(), function.name())
                || function.module().equals(GuestHandles.MODULE) && function.name().equals(GuestHandles.RELEASE);
    }

    private boolean suppliedRaw(FunctionImport function) {
        for (ImportFunction supplied : extraHostFunctions) {
            if (supplied.module().equals(function.module()) && supplied.name().equals(function.name())) {
                return true;
            }
        }
        return false;
    }
}
