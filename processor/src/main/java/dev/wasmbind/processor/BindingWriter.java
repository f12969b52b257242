package dev.wasmbind.processor;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.JavaFile;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.NameAllocator;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import dev.wasmbind.processor.kinds.ExportParameterKind;
import dev.wasmbind.processor.kinds.JavaValue;
import dev.wasmbind.processor.kinds.ResultCall;
import dev.wasmbind.processor.kinds.RuntimeOp;
import dev.wasmbind.processor.kinds.RuntimeOps;
import dev.wasmbind.processor.kinds.ParamDecl;
import dev.wasmbind.runtime.internal.Allocator;
import dev.wasmbind.runtime.internal.BuildTimeMachine;
import dev.wasmbind.runtime.internal.CallScope;
import dev.wasmbind.runtime.Engine;
import dev.wasmbind.runtime.internal.ExportSpec;
import dev.wasmbind.runtime.internal.Guest;
import dev.wasmbind.runtime.internal.BindingBuilder;
import dev.wasmbind.runtime.internal.GuestFunction;
import dev.wasmbind.runtime.internal.GuestPool;
import dev.wasmbind.runtime.internal.ModuleBinding;
import dev.wasmbind.runtime.internal.RawImport;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Modifier;

/** Writes the binding class of one {@link BindingModel}; pure, so tests run it without a compiler. */
final class BindingWriter {
    private static final String GUEST = "guest";
    private static final String BINDING = "BINDING";
    private static final String MACHINE = "MACHINE";
    private static final String BUILDER = "Builder";
    private static final String POOL = "Pool";
    private static final String POOL_FIELD = "pool";
    private static final String CALLS_DIRECTLY = "callsDirectly";

    private BindingWriter() {}

    /**
     * @param machine the module compiled at build time, which the builder then runs by default; empty where the
     *     processor did not see the module
     */
    static JavaFile write(BindingModel model, Optional<BuildTimeMachineModel> machine) {
        ClassName generated = model.generated();
        ClassName builder = generated.nestedClass(BUILDER);
        ClassName pool = generated.nestedClass(POOL);

        NameAllocator fields = new NameAllocator();
        fields.newName(GUEST);
        fields.newName(BINDING);
        fields.newName(MACHINE);
        List<Wired> wired = new ArrayList<>();
        for (MethodModel method : model.methods()) {
            String name = method.decl().name();
            wired.add(new Wired(method, fields.newName(GeneratedClasses.constantName(name)), fields.newName(name),
                    machine.flatMap(compiled -> compiled.directFunction(method.export().exportName()))));
        }
        // decided once per instance: whether it runs the machine whose functions the methods call directly
        Optional<String> callsDirectly = wired.stream().anyMatch(method -> method.direct().isPresent())
                ? Optional.of(fields.newName(CALLS_DIRECTLY))
                : Optional.empty();

        TypeSpec.Builder type = GeneratedClasses.finalClass(generated, model.visible())
                .addJavadoc("Calls the wasm module {@code $L} through {@link $T}: one guest instance,\n"
                        + "one call at a time.\n<p>Load one with {@link #load}, or configure it with "
                        + "{@link #builder()};\nclose it when done. For threads, share a {@link $T} from "
                        + "{@link $T#buildPool}.\n",
                        model.resource(), model.iface(), pool, builder)
                .addSuperinterface(model.iface())
                .addSuperinterface(AutoCloseable.class)
                .alwaysQualify(model.memberTypeNames().toArray(String[]::new));
        wired.forEach(method -> type.addField(exportConstant(method)));
        type.addField(FieldSpec.builder(ModuleBinding.class, BINDING, Modifier.PRIVATE, Modifier.STATIC,
                        Modifier.FINAL)
                .initializer(bindingInitializer(model, wired))
                .build());
        machine.ifPresent(compiled -> type.addField(FieldSpec.builder(BuildTimeMachine.class, MACHINE,
                        Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                // a lambda, not a constructor reference: the machine class loads only when an instance needs it
                .initializer("new $T(\n$>$>$S,\n$S, instance -> new $T(instance))$<$<", BuildTimeMachine.class,
                        compiled.moduleSha256(), compiled.metaResource(), compiled.machine())
                .build()));
        type.addField(Guest.class, GUEST, Modifier.PRIVATE, Modifier.FINAL);
        wired.forEach(method -> type.addField(GuestFunction.class, method.field(), Modifier.PRIVATE, Modifier.FINAL));
        callsDirectly.ifPresent(field -> type.addField(boolean.class, field, Modifier.PRIVATE, Modifier.FINAL));

        MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PRIVATE)
                .addParameter(Guest.class, GUEST)
                .addStatement("this.$N = $N", GUEST, GUEST);
        wired.forEach(method -> constructor.addStatement(
                "this.$N = $N.function($N)", method.field(), GUEST, method.constant()));
        callsDirectly.ifPresent(field -> constructor.addStatement("this.$N = $L", field,
                RuntimeOps.RUNS.callOn(GUEST, CodeBlock.of("$T.class", machine.orElseThrow().machine()))));
        type.addMethod(constructor.build())
                .addMethod(load(model))
                .addMethod(MethodSpec.methodBuilder("builder")
                        .addJavadoc("Options for a new instance: the module, WASI, the engine, limits and host "
                                + "functions.\n")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(builder)
                        .addStatement("return new $T()", builder)
                        .build());
        for (Wired method : wired) {
            Optional<DirectCall> direct = method.direct()
                    .map(function -> new DirectCall(function, callsDirectly.orElseThrow()));
            type.addMethod(method(method.method(), method.field(), direct));
        }
        type.addMethod(MethodSpec.methodBuilder("close")
                        .addJavadoc("Releases the guest instance; later calls throw {@link $T}.\n",
                                IllegalStateException.class)
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .addStatement("$N.close()", GUEST)
                        .build())
                .addType(builderType(model, builder, pool, machine.isPresent()))
                .addType(poolType(model, pool));

        return JavaFile.builder(generated.packageName(), type.build()).skipJavaLangImports(true).build();
    }

    /**
     * One method and the names the generated class gives it.
     *
     * @param constant the static field of its {@link ExportSpec}, which names it in {@code BINDING}
     * @param field the instance field of its {@link GuestFunction}
     * @param direct the static method of the machine compiled at build time that runs its export, if there is one
     */
    private record Wired(MethodModel method, String constant, String field, Optional<DirectFunction> direct) {}

    /** {@code private static final ExportSpec GREET = ExportSpec.of("Greet", ...)}: what the method calls. */
    private static FieldSpec exportConstant(Wired method) {
        ExportSpec export = method.method().export();
        return FieldSpec.builder(ExportSpec.class, method.constant(), Modifier.PRIVATE, Modifier.STATIC,
                        Modifier.FINAL)
                .initializer("$T.of($S, $S, $T.$L,\n$>$>$L$<$<)", ExportSpec.class, export.exportName(),
                        export.javaSignature(), Allocator.class, export.allocator().name(),
                        GeneratedClasses.signature(export.wasmSignature()))
                .build();
    }

    /**
     * Prints the binding the link check used, so the generated class declares exactly what was checked: each
     * method's part is its constant, each host interface's part the {@code BINDING} of its adapter, which is printed
     * from the same model.
     */
    private static CodeBlock bindingInitializer(BindingModel model, List<Wired> wired) {
        ModuleBinding binding = model.binding();
        List<CodeBlock> calls = new ArrayList<>();
        wired.forEach(method -> calls.add(CodeBlock.of("export($N)", method.constant())));
        if (binding.allocator() != null) {
            calls.add(CodeBlock.of("allocator($S, $S)", binding.allocator().allocate(), binding.allocator().free()));
        }
        if (binding.returnAreaSize() > 0) {
            calls.add(CodeBlock.of("returnArea($L)", binding.returnAreaSize()));
        }
        for (BindingModel.HostUse use : model.hostModules()) {
            calls.add(CodeBlock.of("hostModule($T.$N, $S)",
                    use.module().generated(), HostFunctionsWriter.BINDING, use.setter()));
        }
        for (RawImport raw : binding.rawImports()) {
            CodeBlock names = raw.names().stream().map(name -> CodeBlock.of(", $S", name)).collect(CodeBlock.joining(""));
            calls.add(CodeBlock.of("rawImport($S$L)", raw.module(), names));
        }
        return GeneratedClasses.builderChain(CodeBlock.of("$T.builder($L, $S, $S)",
                ModuleBinding.class, GeneratedClasses.CONTRACT, binding.interfaceName(), binding.resource()), calls);
    }

    /**
     * {@code load()} with the default options; with host interfaces, {@code load(Env env, ...)} takes one
     * implementation of each, in {@code imports} order.
     */
    private static MethodSpec load(BindingModel model) {
        MethodSpec.Builder load = MethodSpec.methodBuilder("load")
                .addJavadoc("A new instance of the {@code @WasmModule} resource with the default options.\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(model.generated());
        CodeBlock.Builder chain = CodeBlock.builder().add("builder()");
        for (BindingModel.HostUse use : model.hostModules()) {
            // setter names are distinct Java names, so they serve as parameter names too
            load.addParameter(use.module().iface(), use.setter());
            load.addJavadoc("@param $N the implementation of the {@code $L} imports\n",
                    use.setter(), use.module().moduleName());
            chain.add(".$N($N)", use.setter(), use.setter());
        }
        return load.addStatement("return $L.build()", chain.build()).build();
    }

    private static TypeSpec builderType(BindingModel model, ClassName builder, ClassName pool,
            boolean buildTimeMachine) {
        ClassName generated = model.generated();
        Engine engine = model.defaultEngine();
        CodeBlock machineArgument = buildTimeMachine ? CodeBlock.of(", $N", MACHINE) : CodeBlock.of("");
        TypeSpec.Builder type = TypeSpec.classBuilder(builder)
                .addJavadoc("Options for {@link $T} instances and pools; each setter returns this builder.\n",
                        generated)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .superclass(ParameterizedTypeName.get(ClassName.get(BindingBuilder.class), builder))
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PRIVATE)
                        .addStatement("super($T.class, $N, $T.$L$L)", generated, BINDING, Engine.class, engine.name(),
                                machineArgument)
                        .build())
                .addMethod(MethodSpec.methodBuilder("self")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PROTECTED)
                        .returns(builder)
                        .addStatement("return this")
                        .build())
                .addMethod(MethodSpec.methodBuilder("build")
                        .addJavadoc("Checks the module against {@link $T}, instantiates it and starts the guest.\n",
                                model.iface())
                        .addModifiers(Modifier.PUBLIC)
                        .returns(generated)
                        .addStatement("return new $T(instantiate())", generated)
                        .build())
                .addMethod(MethodSpec.methodBuilder("buildPool")
                        .addJavadoc("A thread-safe {@link $T} of up to {@code maxInstances} instances with these\n"
                                + "options, checked against the module now and started as callers need them.\n"
                                + "<p>",
                                model.iface())
                        .addJavadoc("Host-module implementations given to this builder are shared by all instances,\n"
                                + "so they must be thread-safe.\n\n@param maxInstances how many instances may "
                                + "run calls at once\n")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(pool)
                        .addParameter(int.class, "maxInstances")
                        .addStatement("return new $T(pool(maxInstances, $T::new))", pool, generated)
                        .build());
        for (BindingModel.HostUse use : model.hostModules()) {
            HostModuleModel module = use.module();
            type.addMethod(MethodSpec.methodBuilder(use.setter())
                    .addJavadoc("The implementation of the guest's {@code $L} imports.\n", module.moduleName())
                    .addModifiers(Modifier.PUBLIC)
                    .returns(builder)
                    .addParameter(module.iface(), use.setter())
                    .addStatement("return hostModule($S, $T.of($N))", module.moduleName(), module.generated(),
                            use.setter())
                    .build());
        }
        return type.build();
    }

    /**
     * {@code Pool}: implements the interface by lending each call an instance of a {@link GuestPool}, so any number
     * of threads may share it.
     */
    private static TypeSpec poolType(BindingModel model, ClassName pool) {
        ClassName generated = model.generated();
        ParameterizedTypeName guestPool = ParameterizedTypeName.get(ClassName.get(GuestPool.class), generated);
        ParameterizedTypeName lease =
                ParameterizedTypeName.get(ClassName.get(GuestPool.Lease.class), generated);
        TypeSpec.Builder type = TypeSpec.classBuilder(pool)
                .addJavadoc("{@link $T} for any number of threads: each call runs on an idle instance of the\n"
                        + "pool, started when needed; an instance whose call failed is replaced.\n", model.iface())
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addSuperinterface(model.iface())
                .addSuperinterface(AutoCloseable.class)
                .addField(guestPool, POOL_FIELD, Modifier.PRIVATE, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PRIVATE)
                        .addParameter(guestPool, POOL_FIELD)
                        .addStatement("this.$N = $N", POOL_FIELD, POOL_FIELD)
                        .build());
        for (MethodModel method : model.methods()) {
            ExportMethodDecl decl = method.decl();
            MethodSpec.Builder spec = overriding(decl).addJavadoc(MethodJavadoc.of(method));
            NameAllocator locals = locals(decl);
            String field = fieldReference(POOL_FIELD, paramNames(decl), locals);
            String leased = locals.newName("lease");
            CodeBlock call = CodeBlock.of("$N.binding().$N($L)", leased, decl.name(), CodeBlock.join(
                    decl.params().stream().map(param -> CodeBlock.of("$N", param.name())).toList(), ", "));
            spec.addStatement("$T $N = $N.borrow()", lease, leased, field)
                    .beginControlFlow("try")
                    .addStatement(decl.result().value().isPresent() ? "return $L" : "$L", call)
                    .nextControlFlow("finally")
                    .addStatement("$N.release()", leased)
                    .endControlFlow();
            type.addMethod(spec.build());
        }
        return type.addMethod(MethodSpec.methodBuilder("close")
                        .addJavadoc("Closes every instance: idle ones now, busy ones when their call ends.\n")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .addStatement("$N.close()", POOL_FIELD)
                        .build())
                .build();
    }

    /** An implementation of the interface method, with its parameters and nothing else yet. */
    private static MethodSpec.Builder overriding(ExportMethodDecl decl) {
        MethodSpec.Builder method = MethodSpec.methodBuilder(decl.name())
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(decl.result().value().map(JavaValue::typeName).orElse(TypeName.VOID))
                .varargs(decl.varargs());
        decl.params().forEach(param -> method.addParameter(param.value().typeName(), param.name()));
        return method;
    }

    /** Local names of a method body, kept apart from its parameters. */
    private static NameAllocator locals(ExportMethodDecl decl) {
        NameAllocator locals = new NameAllocator();
        decl.params().forEach(param -> locals.newName(param.name()));
        return locals;
    }

    private static Set<String> paramNames(ExportMethodDecl decl) {
        Set<String> names = new HashSet<>();
        decl.params().forEach(param -> names.add(param.name()));
        return names;
    }

    /**
     * A method's direct call of the machine compiled at build time.
     *
     * @param function the machine's static method for the export
     * @param flag the field that says whether the instance runs that machine
     */
    private record DirectCall(DirectFunction function, String flag) {}

    private static MethodSpec method(MethodModel model, String functionField, Optional<DirectCall> direct) {
        ExportMethodDecl decl = model.decl();
        MethodSpec.Builder method = overriding(decl).addJavadoc(MethodJavadoc.of(model));
        Set<String> paramNames = paramNames(decl);
        NameAllocator locals = locals(decl);
        // a parameter may shadow a field; a local must not
        String function = fieldReference(functionField, paramNames, locals);
        String guest = fieldReference(GUEST, paramNames, locals);
        Optional<DirectCall> directCall = direct.map(call ->
                new DirectCall(call.function(), fieldReference(call.flag(), paramNames, locals)));
        CallWriter call = new CallWriter(model, method, function, guest, locals, directCall);
        if (model.needsScope()) {
            call.writeScoped();
        } else {
            call.writeCall();
        }
        return method.build();
    }

    private static String fieldReference(String field, Set<String> paramNames, NameAllocator locals) {
        if (paramNames.contains(field)) {
            return "this." + field;
        }
        locals.newName(field);
        return field;
    }

    /**
     * The body of one method: copy arguments in, call the export, read the result back. The value kinds write the
     * code of their arguments, the result convention the call and the read.
     */
    private static final class CallWriter implements ResultCall {
        private final MethodModel model;
        private final ExportMethodDecl decl;
        private final MethodSpec.Builder method;
        private final String function;
        private final String guest;
        private final NameAllocator locals;
        private final String scope;
        private final Optional<DirectCall> direct;
        private boolean scoped;

        CallWriter(MethodModel model, MethodSpec.Builder method, String function, String guest,
                NameAllocator locals, Optional<DirectCall> direct) {
            this.model = model;
            this.decl = model.decl();
            this.method = method;
            this.function = function;
            this.guest = guest;
            this.locals = locals;
            this.direct = direct;
            this.scope = locals.newName("call");
        }

        @Override
        public String guest() {
            return guest;
        }

        @Override
        public String scope() {
            return scope;
        }

        @Override
        public String declare(Class<?> type, String suggestedName, CodeBlock value) {
            return declare(TypeName.get(type), suggestedName, value);
        }

        @Override
        public String declare(TypeName type, String suggestedName, CodeBlock value) {
            String name = locals.newName(suggestedName);
            method.addStatement("$T $N = $L", type, name, value);
            return name;
        }

        @Override
        public void statement(CodeBlock code) {
            method.addStatement("$L", code);
        }

        @Override
        public void returns(CodeBlock value) {
            method.addStatement("return $L", value);
        }

        /** The call inside the {@code CallScope} that frees what it allocated. */
        void writeScoped() {
            scoped = true;
            method.beginControlFlow("try ($T $N = $L)", CallScope.class, scope, RuntimeOps.ENTER.callOn(guest));
            writeCall();
            method.endControlFlow();
        }

        /** Lowers the arguments, calls the export and returns its result, as the result convention does. */
        void writeCall() {
            model.result().writeCall(this);
        }

        @Override
        public void run(List<CodeBlock> hidden) {
            invoke(RuntimeOps.CALL_VOID, hidden, null);
        }

        @Override
        public CodeBlock call(RuntimeOp call, List<CodeBlock> hidden, String resultName) {
            return invoke(call, hidden, resultName);
        }

        /**
         * Calls the export through {@code call}, the {@link GuestFunction} method, and returns the expression of its
         * result ({@code null} for none). Where the instance may run the machine compiled at build time, the call
         * is the machine's static method instead when it does, with the start and end {@code call} would do.
         *
         * @param hidden the slots before the arguments
         * @param resultName the name suggested for the local of the result
         */
        private CodeBlock invoke(RuntimeOp call, List<CodeBlock> hidden, String resultName) {
            Slots arguments = arguments(hidden);
            boolean hasResult = call.returnType() != void.class;
            CodeBlock throughChicory = call.callOn(function, arguments.slots());
            if (direct.isEmpty()) {
                if (hasResult) {
                    return throughChicory;
                }
                method.addStatement("$L", throughChicory);
                return null;
            }
            String result = hasResult ? locals.newName(resultName) : null;
            if (hasResult) {
                method.addStatement("$T $N", call.returnType(), result);
            }
            method.beginControlFlow("if ($N)", direct.get().flag());
            DirectFunction target = direct.get().function();
            List<CodeBlock> directArguments = directSlots(arguments);
            directArguments.add(RuntimeOps.MACHINE_MEMORY.callOn(guest));
            directArguments.add(RuntimeOps.MACHINE_INSTANCE.callOn(guest));
            CodeBlock directly = CodeBlock.of("$T.$N($L)", target.owner(), target.method(),
                    CodeBlock.join(directArguments, ",$W"));
            String outermost = scoped ? null : locals.newName("outermost");
            if (!scoped) {
                method.addStatement("boolean $N = $L", outermost, RuntimeOps.BEGIN.callOn(function));
            }
            String thrown = locals.newName("thrown");
            CodeBlock thrownName = CodeBlock.of("$N", thrown);
            method.beginControlFlow("try")
                    .addStatement("$L", assigned(result, directly))
                    .nextControlFlow("catch ($T $N)", Throwable.class, thrown)
                    .addStatement("throw $L", scoped
                            ? RuntimeOps.FAILED_IN_SCOPE.callOn(function, thrownName)
                            : RuntimeOps.FAILED.callOn(function, CodeBlock.of("$N", outermost), thrownName))
                    .endControlFlow()
                    .addStatement("$L", scoped
                            ? RuntimeOps.RETURNED_IN_SCOPE.callOn(function)
                            : RuntimeOps.RETURNED.callOn(function, CodeBlock.of("$N", outermost)))
                    .nextControlFlow("else")
                    .addStatement("$L", assigned(result, throughChicory))
                    .endControlFlow();
            return hasResult ? CodeBlock.of("$N", result) : null;
        }

        /** {@code result = call}, or the call alone where there is no result. */
        private static CodeBlock assigned(String result, CodeBlock call) {
            return result == null ? call : CodeBlock.of("$N = $L", result, call);
        }

        /**
         * The wasm arguments in slot order, the hidden ones (the return area), then each argument as its kind lowers
         * it: as Chicory takes them, and for each parameter what its kind lowered, from which {@link #directSlots}
         * makes the slots of the machine compiled at build time.
         */
        private record Slots(List<CodeBlock> hidden, List<CodeBlock> slots, List<List<CodeBlock>> loweredByParameter) {}

        private Slots arguments(List<CodeBlock> hidden) {
            List<CodeBlock> slots = new ArrayList<>(hidden);
            List<List<CodeBlock>> loweredByParameter = new ArrayList<>();
            for (ParamDecl<ExportParameterKind> param : decl.params()) {
                List<CodeBlock> lowered = param.value().lowerArgument(this, param.name());
                slots.addAll(lowered);
                loweredByParameter.add(lowered);
            }
            return new Slots(hidden, slots, loweredByParameter);
        }

        /** The slots as the machine compiled at build time takes them; conversions are declared where this runs. */
        private List<CodeBlock> directSlots(Slots arguments) {
            List<CodeBlock> slots = new ArrayList<>(arguments.hidden());
            for (int i = 0; i < decl.params().size(); i++) {
                ParamDecl<ExportParameterKind> param = decl.params().get(i);
                slots.addAll(param.value().lowerDirectArgument(this, param.name(),
                        arguments.loweredByParameter().get(i)));
            }
            return slots;
        }
    }
}
