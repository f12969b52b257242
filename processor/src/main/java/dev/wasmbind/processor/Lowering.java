package dev.wasmbind.processor;

import com.squareup.javapoet.ClassName;
import dev.wasmbind.processor.abi.MethodLowering;
import dev.wasmbind.processor.kinds.HostResult;
import dev.wasmbind.processor.kinds.Struct;
import dev.wasmbind.runtime.Engine;
import dev.wasmbind.runtime.internal.ExportSpec;
import dev.wasmbind.runtime.internal.ImportSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * Lowers a validated interface to the TinyGo ABI (the wasm32 C ABI): each method's wasm signature, how its result
 * comes back, what it needs from the guest's allocator, and the binding's return area size; and a host interface's
 * methods to the types of the functions the guest imports.
 */
final class Lowering {
    /** The runtime allocates the return area with the guest's allocator; 8 keeps any result in it aligned. */
    private static final int RETURN_AREA_ALIGN = 8;

    private Lowering() {}

    static BindingModel lower(BindingDecl decl, Engine defaultEngine) {
        List<MethodModel> methods = decl.methods().stream().map(Lowering::lower).toList();
        List<BindingModel.HostUse> hostModules = decl.hostModules().stream()
                .map(use -> new BindingModel.HostUse(lower(use.module()), use.setter()))
                .toList();
        int returnArea = methods.stream()
                .mapToInt(method -> method.result().returnAreaSize())
                .max()
                .orElse(0);
        return new BindingModel(
                decl.iface(),
                generatedName(decl.iface()),
                decl.resource(),
                defaultEngine,
                methods,
                Struct.alignUp(returnArea, RETURN_AREA_ALIGN),
                decl.memberTypeNames(),
                hostModules,
                decl.rawImports(),
                decl.visible(),
                decl.allocator());
    }

    /** {@code p.Foo} gives {@code p.FooWasm}; nested {@code p.Outer.Foo} gives {@code p.Outer_FooWasm}. */
    static ClassName generatedName(ClassName iface) {
        return besides(iface, "Wasm");
    }

    static MethodModel lower(DeclaredMethod<ExportMethodDecl> method) {
        return new MethodModel(method, export(method.decl()));
    }

    /** What a binding declares for a method: its export, Java and wasm signature, and allocator needs. */
    static ExportSpec export(ExportMethodDecl method) {
        MethodLowering.Lowered lowered = MethodLowering.export(method.params(), method.result());
        return new ExportSpec(method.functionName(), method.javaSignature(), lowered.signature(), lowered.allocator());
    }

    /**
     * The host functions of a host interface: each method lowers to the import's type by the same rules as an
     * export's parameters, and its result (a scalar or nothing) comes back directly.
     */
    static HostModuleModel lower(HostModuleDecl decl) {
        List<HostModuleModel.Function> functions = new ArrayList<>();
        for (DeclaredMethod<HostMethodDecl> declared : decl.methods()) {
            HostMethodDecl method = declared.decl();
            HostResult result = method.result();
            ImportSpec spec = new ImportSpec(method.functionName(), method.javaSignature(),
                    MethodLowering.host(method.params(), result),
                    result.guestAllocator().orElse(null), result.allocatesInGuest());
            functions.add(new HostModuleModel.Function(declared, spec));
        }
        return new HostModuleModel(
                decl.iface(), hostFunctionsName(decl.iface()), decl.moduleName(), functions, decl.visible());
    }

    /** {@code p.Env} gives {@code p.EnvHostFunctions}; {@code p.Outer.Env} gives {@code p.Outer_EnvHostFunctions}. */
    static ClassName hostFunctionsName(ClassName iface) {
        return besides(iface, "HostFunctions");
    }

    /** A top-level class in the interface's package, named after it (nesting joined by {@code _}) and the suffix. */
    private static ClassName besides(ClassName iface, String suffix) {
        return ClassName.get(iface.packageName(), String.join("_", iface.simpleNames()) + suffix);
    }
}
