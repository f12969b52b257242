package dev.wasmbind.processor;

import com.squareup.javapoet.AnnotationSpec;
import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.TypeSpec;
import com.dylibso.chicory.wasm.types.ValType;
import dev.wasmbind.WasmBindGenerated;
import dev.wasmbind.runtime.internal.RuntimeContract;
import dev.wasmbind.runtime.internal.WasmSignature;
import java.util.List;
import javax.annotation.processing.Generated;
import javax.lang.model.element.Modifier;

/** What every class the processor writes has in common. */
final class GeneratedClasses {
    private GeneratedClasses() {}

    /**
     * A final class marked as generated, without a timestamp so that builds are reproducible; public when the
     * interface it implements is visible everywhere, package-private like the interface otherwise.
     */
    static TypeSpec.Builder finalClass(ClassName name, boolean visible) {
        TypeSpec.Builder type = TypeSpec.classBuilder(name)
                .addAnnotation(AnnotationSpec.builder(Generated.class)
                        .addMember("value", "$S", WasmBindProcessor.class.getName())
                        .build())
                .addAnnotation(WasmBindGenerated.class);
        if (visible) {
            type.addModifiers(Modifier.PUBLIC);
        }
        return type.addModifiers(Modifier.FINAL);
    }

    /**
     * The runtime contract the generated code is written for: the constant's value is compiled into the generated
     * class, and the runtime checks it when the class initialises.
     */
    static final CodeBlock CONTRACT = CodeBlock.of("$T.V5", RuntimeContract.class);

    /** A signature as typed builder calls: {@code WasmSignature.builder().returnPointer().i32("a").returns()}. */
    static CodeBlock signature(WasmSignature signature) {
        CodeBlock.Builder code = CodeBlock.builder().add("$T.builder()", WasmSignature.class);
        List<WasmSignature.Param> params = signature.params();
        for (int i = 0; i < params.size(); i++) {
            WasmSignature.Param param = params.get(i);
            if (i == 0 && param.type() == ValType.I32 && param.label().equals(WasmSignature.RETURN_POINTER)) {
                code.add("$Z.returnPointer()");
            } else {
                code.add("$Z.$L($S)", WasmSignature.name(param.type()), param.label());
            }
        }
        List<CodeBlock> results = signature.results().stream()
                .map(result -> CodeBlock.of("$T.$L", ValType.class, result.name()))
                .toList();
        return code.add(".returns($L)", CodeBlock.join(results, ", ")).build();
    }

    /** A {@code BINDING} initializer: {@code start}, then each call on a line of its own, then {@code .build()}. */
    static CodeBlock builderChain(CodeBlock start, List<CodeBlock> calls) {
        CodeBlock.Builder code = CodeBlock.builder().add(start).indent().indent();
        calls.forEach(call -> code.add("\n.$L", call));
        return code.add("\n.build()").unindent().unindent().build();
    }

    /**
     * The constant that names a method's function, in UPPER_SNAKE: {@code greetAll} gives {@code GREET_ALL},
     * {@code getURL} gives {@code GET_URL}; the caller's {@code NameAllocator} makes it unique.
     */
    static String constantName(String methodName) {
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < methodName.length(); i++) {
            char c = methodName.charAt(i);
            if (i > 0 && Character.isUpperCase(c) && startsWord(methodName, i)) {
                name.append('_');
            }
            name.append(Character.toUpperCase(c));
        }
        return name.toString();
    }

    /** An upper-case letter after a lower-case one or a digit, or the last of a run of capitals before a word. */
    private static boolean startsWord(String name, int i) {
        char before = name.charAt(i - 1);
        if (Character.isLowerCase(before) || Character.isDigit(before)) {
            return true;
        }
        return Character.isUpperCase(before) && i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1));
    }
}
