package dev.wasmbind.processor;

import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Memory;
import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.Export;
import com.dylibso.chicory.wasm.types.ExportSection;
import com.dylibso.chicory.wasm.types.ExternalType;
import com.dylibso.chicory.wasm.types.ValType;
import com.squareup.javapoet.ClassName;
import dev.wasmbind.runtime.internal.ExportSpec;
import dev.wasmbind.runtime.internal.WasmSignature;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * The static methods Chicory's build-time compiler made of a module's functions, read from the classes it wrote:
 * {@code func_<index>}, public and static, with the function's parameters as Java primitives followed by the
 * instance's {@link Memory} and {@link Instance}, returning its one result. A binding calls them directly. A function
 * the compiler left to the interpreter (too large for a JVM method), or a compiler that names or shapes them
 * otherwise, only costs the direct call: the binding then calls through Chicory as before.
 */
final class MachineFunctions {
    static final String METHOD_PREFIX = "func_";
    private static final int PUBLIC_STATIC = Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC;

    /** Where each function's method is: the internal name of its class and its descriptor. */
    private record Found(String owner, String descriptor) {}

    private final Map<String, Found> byMethodName = new HashMap<>();

    /** Reads the methods of the compiler's class files. */
    static MachineFunctions read(List<byte[]> classFiles) {
        MachineFunctions functions = new MachineFunctions();
        for (byte[] classFile : classFiles) {
            ClassReader reader = new ClassReader(classFile);
            String owner = reader.getClassName();
            reader.accept(new ClassVisitor(Opcodes.ASM9) {
                @Override
                public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                        String[] exceptions) {
                    if ((access & PUBLIC_STATIC) == PUBLIC_STATIC && name.startsWith(METHOD_PREFIX)) {
                        functions.byMethodName.put(name, new Found(owner, descriptor));
                    }
                    return null;
                }
            }, ClassReader.SKIP_CODE | ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
        }
        return functions;
    }

    /**
     * By export name, the method a binding in {@code packageName} calls for each of {@code exports}: only where the
     * module exports a function of that name, the compiler made a method of it in that package, and the method
     * takes and returns exactly what the binding declares (a binding whose declaration does not match the module
     * fails the link check, and must not fail to compile as well).
     */
    Map<String, DirectFunction> forExports(WasmModule module, List<ExportSpec> exports, String packageName) {
        Map<String, DirectFunction> direct = new HashMap<>();
        for (ExportSpec export : exports) {
            Optional<String> expected = descriptor(export.wasmSignature());
            Optional<Integer> index = functionIndex(module, export.exportName());
            if (expected.isEmpty() || index.isEmpty()) {
                continue;
            }
            String method = METHOD_PREFIX + index.get();
            Found found = byMethodName.get(method);
            if (found == null || !found.descriptor().equals(expected.get())) {
                continue;
            }
            ClassName owner = ClassName.bestGuess(found.owner().replace('/', '.'));
            if (owner.packageName().equals(packageName) && owner.enclosingClassName() == null) {
                direct.put(export.exportName(), new DirectFunction(owner, method));
            }
        }
        return direct;
    }

    /**
     * The descriptor of the compiled method of a function of this signature; empty for several results, which the
     * compiler returns in an array.
     */
    static Optional<String> descriptor(WasmSignature signature) {
        if (signature.results().size() > 1) {
            return Optional.empty();
        }
        List<Class<?>> parameters = new ArrayList<>();
        for (WasmSignature.Param param : signature.params()) {
            parameters.add(javaType(param.type()));
        }
        parameters.add(Memory.class);
        parameters.add(Instance.class);
        Class<?> result = signature.results().isEmpty() ? void.class : javaType(signature.results().get(0));
        return Optional.of(MethodType.methodType(result, parameters).toMethodDescriptorString());
    }

    /** The Java primitive the compiler passes a wasm value as; the binding's kinds lower to these four alone. */
    static Class<?> javaType(ValType type) {
        if (type.equals(ValType.I32)) {
            return int.class;
        }
        if (type.equals(ValType.I64)) {
            return long.class;
        }
        if (type.equals(ValType.F32)) {
            return float.class;
        }
        if (type.equals(ValType.F64)) {
            return double.class;
        }
        throw new IllegalArgumentException("no value kind lowers to " + type);
    }

    private static Optional<Integer> functionIndex(WasmModule module, String exportName) {
        ExportSection exports = module.exportSection();
        for (int i = 0; i < exports.exportCount(); i++) {
            Export export = exports.getExport(i);
            if (export.name().equals(exportName) && export.exportType() == ExternalType.FUNCTION) {
                return Optional.of(export.index());
            }
        }
        return Optional.empty();
    }
}
