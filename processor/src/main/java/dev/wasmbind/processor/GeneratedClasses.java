package dev.wasmbind.processor;

import com.squareup.javapoet.AnnotationSpec;
import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.TypeSpec;
import dev.wasmbind.WasmBindGenerated;
import java.util.List;
import javax.annotation.processing.Generated;
import javax.lang.model.element.Modifier;

/** What every class the processor writes has in common. */
final class GeneratedClasses {
    private GeneratedClasses() {}

    /** A public final class marked as generated, without a timestamp so that builds are reproducible. */
    static TypeSpec.Builder publicFinalClass(ClassName name) {
        return TypeSpec.classBuilder(name)
                .addAnnotation(AnnotationSpec.builder(Generated.class)
                        .addMember("value", "$S", WasmBindProcessor.class.getName())
                        .build())
                .addAnnotation(WasmBindGenerated.class)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL);
    }

    /** A {@code BINDING} initializer: {@code start}, then each call on a line of its own, then {@code .build()}. */
    static CodeBlock builderChain(CodeBlock start, List<CodeBlock> calls) {
        CodeBlock.Builder code = CodeBlock.builder().add(start).indent().indent();
        calls.forEach(call -> code.add("\n.$L", call));
        return code.add("\n.build()").unindent().unindent().build();
    }
}
