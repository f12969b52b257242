package dev.wasmbind.processor;

import com.dylibso.chicory.runtime.HostFunction;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.JavaFile;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.NameAllocator;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeSpec;
import dev.wasmbind.processor.kinds.HostParameterKind;
import dev.wasmbind.processor.kinds.RuntimeOps;
import dev.wasmbind.processor.kinds.HostResultKind;
import dev.wasmbind.processor.kinds.ParamDecl;
import dev.wasmbind.runtime.internal.HostFunctions;
import dev.wasmbind.runtime.internal.HostModuleBinding;
import dev.wasmbind.runtime.internal.ImportSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Writes the adapter of one {@code @HostModule} interface: the Chicory host functions that read the guest's
 * arguments, call the Java implementation and lower its result. Plain calls, no reflection. Pure, like
 * {@link BindingWriter}.
 */
final class HostFunctionsWriter {
    static final String BINDING = "BINDING";

    private HostFunctionsWriter() {}

    static JavaFile write(HostModuleModel model) {
        NameAllocator constants = new NameAllocator();
        constants.newName(BINDING);
        List<Wired> wired = new ArrayList<>();
        for (HostModuleModel.Function function : model.functions()) {
            wired.add(new Wired(function, constants.newName(GeneratedClasses.constantName(function.decl().name()))));
        }
        TypeSpec.Builder type = GeneratedClasses.finalClass(model.generated(), model.visible());
        wired.forEach(function -> type.addField(importConstant(function)));
        type.addField(FieldSpec.builder(HostModuleBinding.class, BINDING,
                                Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .initializer(bindingInitializer(model.binding(), wired))
                        .build())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addMethod(of(model, wired));
        return JavaFile.builder(model.generated().packageName(), type.build()).skipJavaLangImports(true).build();
    }

    /**
     * One host interface method and the constant that names its import.
     *
     * @param constant the static field of its {@link ImportSpec}, which names it in {@code BINDING} and defines it
     */
    private record Wired(HostModuleModel.Function function, String constant) {}

    /** {@code private static final ImportSpec LOG = ImportSpec.of("log", ...)}: the import a method implements. */
    private static FieldSpec importConstant(Wired function) {
        ImportSpec spec = function.function().spec();
        CodeBlock signature = GeneratedClasses.signature(spec.wasmSignature());
        CodeBlock initializer;
        if (!spec.allocatesResult()) {
            initializer = CodeBlock.of("$T.of($S, $S,\n$>$>$L$<$<)",
                    ImportSpec.class, spec.importName(), spec.javaSignature(), signature);
        } else if (spec.resultAllocator() == null) {
            initializer = CodeBlock.of("$T.guestOwnedResult($S, $S,\n$>$>$L$<$<)",
                    ImportSpec.class, spec.importName(), spec.javaSignature(), signature);
        } else {
            initializer = CodeBlock.of("$T.allocatedBy($S, $S, $S,\n$>$>$L$<$<)",
                    ImportSpec.class, spec.importName(), spec.javaSignature(), spec.resultAllocator(), signature);
        }
        return FieldSpec.builder(ImportSpec.class, function.constant(), Modifier.PRIVATE, Modifier.STATIC,
                        Modifier.FINAL)
                .initializer(initializer)
                .build();
    }

    /** Prints the host module binding the link check used: its functions are the constants, in binding order. */
    private static CodeBlock bindingInitializer(HostModuleBinding binding, List<Wired> wired) {
        List<CodeBlock> calls = wired.stream()
                .map(function -> CodeBlock.of("function($N)", function.constant()))
                .toList();
        return GeneratedClasses.builderChain(CodeBlock.of("$T.builder($L, $S, $S)",
                HostModuleBinding.class, GeneratedClasses.CONTRACT, binding.moduleName(), binding.interfaceName()),
                calls);
    }

    /** {@code of(Env env)}: one host function per method, in binding order. */
    private static MethodSpec of(HostModuleModel model, List<Wired> wired) {
        NameAllocator names = new NameAllocator();
        String implementation = names.newName(decapitalize(model.iface().simpleName()));
        // the lambda's parameter must not shadow the implementation, say for an interface called Call
        String call = names.newName("call");
        String args = names.newName("args");
        List<CodeBlock> functions = new ArrayList<>();
        for (Wired function : wired) {
            functions.add(function(function.function().decl(), function.constant(), implementation, call, args));
        }
        return MethodSpec.methodBuilder("of")
                .addJavadoc("The host functions that call {@code $N}.\n", implementation)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(ParameterizedTypeName.get(List.class, HostFunction.class))
                .addParameter(model.iface(), implementation)
                .addStatement("$T.requireNonNull($N, $S)", Objects.class, implementation, implementation)
                .addStatement(functions.isEmpty() ? "return $T.of($L)" : "return $T.of(\n$L)",
                        List.class, CodeBlock.join(functions, ",\n"))
                .build();
    }

    /**
     * {@code HostFunctions.define(BINDING, LOG, call -> ...)}: reads each argument from its slots. A function of
     * scalars alone is {@code HostFunctions.defineScalar(BINDING, ADD, args -> ...)}, which reads them from the slot
     * array without a call.
     */
    private static CodeBlock function(
            HostMethodDecl decl, String constant, String implementation, String call, String args) {
        Optional<List<CodeBlock>> fromSlots = readFromSlots(decl, args);
        boolean scalar = fromSlots.isPresent()
                && decl.result().value().map(result -> !result.lowersWithCall()).orElse(true);
        List<CodeBlock> arguments = scalar ? fromSlots.get() : readFromCall(decl, call);
        CodeBlock invocation = CodeBlock.of("$N.$N($L)", implementation, decl.name(), CodeBlock.join(arguments, ",$W"));
        CodeBlock define = scalar
                ? CodeBlock.of("$T.defineScalar($N, $N, $N -> ", HostFunctions.class, BINDING, constant, args)
                : CodeBlock.of("$T.define($N, $N, $N -> ", HostFunctions.class, BINDING, constant, call);
        if (decl.result().value().isEmpty()) {
            return CodeBlock.of("$L{\n$>$L;\nreturn $L;\n$<})", define, invocation, RuntimeOps.NO_RESULT.call());
        }
        HostResultKind result = decl.result().value().get();
        return CodeBlock.of("$L$L)", define, RuntimeOps.RESULT.call(result.lowerHostResult(call, invocation)));
    }

    private static List<CodeBlock> readFromCall(HostMethodDecl decl, String call) {
        List<CodeBlock> arguments = new ArrayList<>();
        int slot = 0;
        for (ParamDecl<HostParameterKind> param : decl.params()) {
            HostParameterKind kind = param.value();
            arguments.add(kind.readArgument(call, slot));
            slot += kind.slots(param.name()).size();
        }
        return arguments;
    }

    /** Each argument read from the slot array alone; empty when one of them needs the call. */
    private static Optional<List<CodeBlock>> readFromSlots(HostMethodDecl decl, String args) {
        List<CodeBlock> arguments = new ArrayList<>();
        int slot = 0;
        for (ParamDecl<HostParameterKind> param : decl.params()) {
            HostParameterKind kind = param.value();
            Optional<CodeBlock> argument = kind.readFromSlots(args, slot);
            if (argument.isEmpty()) {
                return Optional.empty();
            }
            arguments.add(argument.get());
            slot += kind.slots(param.name()).size();
        }
        return Optional.of(arguments);
    }

    /** {@code Env} gives {@code env}: the name of the implementation, and of the builder method that takes it. */
    static String decapitalize(String name) {
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
