package dev.wasmbind.processor;

import static dev.wasmbind.processor.Compilations.assertErrors;
import static dev.wasmbind.processor.Compilations.at;
import static dev.wasmbind.processor.Compilations.compile;
import static dev.wasmbind.processor.Compilations.contents;
import static dev.wasmbind.processor.Compilations.source;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.wasmbind.processor.kinds.Position;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The rules for Kotlin declarations, on kapt's stub of them: here javac compiles a stub that kapt wrote (resource
 * kotlin-stubs/Calc.java), with stand-ins for the Kotlin and JetBrains annotations it names. kotlin-example's
 * KaptMistakesTest runs the same rules through kapt itself, with the messages on the .kt lines.
 */
class KotlinDeclarationsTest {
    /** Kotlin's and JetBrains' classes that a stub names, as the class path of a Kotlin build has them. */
    private static final List<JavaFileObject> KOTLIN = List.of(
            JavaFileObjects.forResource("kotlin-stubs/Metadata.java"),
            JavaFileObjects.forResource("kotlin-stubs/JvmInline.java"),
            JavaFileObjects.forResource("kotlin-stubs/UInt.java"),
            JavaFileObjects.forResource("kotlin-stubs/Nullable.java"),
            JavaFileObjects.forResource("kotlin-stubs/NotNull.java"));

    @Test
    void reportsAFunctionTheStubLacksAndANullableParameterInKotlinTypes() {
        Compilation compilation = compileWithKotlin(JavaFileObjects.forResource("kotlin-stubs/Calc.java"));

        assertErrors(compilation,
                at(6, Messages.hiddenKotlinFunction(
                        "fun add(a: UInt, b: Int?): UInt", "p.Calc", List.of("kotlin.UInt"))),
                at(9, Messages.nullableParameter("tag", "ByteArray?", "ByteArray")));
    }

    @Test
    void reportsAnOverloadByItsMangledJvmName() {
        // f(Int) is in the stub; f(UInt), g and h are in the metadata with what the reader skips (annotations,
        // a parameter's default, a type's arguments, a JVM signature without a name)
        Compilation compilation = compileWithKotlin(JavaFileObjects.forResource("kotlin-stubs/Over.java"));

        assertErrors(compilation,
                at(7, Messages.hiddenKotlinFunction("fun f(a: UInt): UInt", "p.Over", List.of("kotlin.UInt"))),
                at(13, Messages.unsupportedParameter("java.lang.String[]", "names", Position.EXPORT_PARAMETER)),
                at(12, Messages.unsupportedResult("java.util.List<java.lang.Integer>", "g(Array<String>, Int)")));
    }

    @Test
    void leavesMetadataItCannotReadAlone() {
        String stub = contents(JavaFileObjects.forResource("kotlin-stubs/Calc.java"));
        // the protobuf cut off inside the first function
        String truncated = stub.replaceFirst("J!\\\\u0010\\\\u0002.*\"\\}, d2", "J!\\\\u0010\"}, d2");
        assertThat(truncated).isNotEqualTo(stub);

        Compilation compilation = compileWithKotlin(JavaFileObjects.forSourceString("p.Calc", truncated));

        assertErrors(compilation, at(9, Messages.nullableParameter("tag", "ByteArray?", "ByteArray")));
    }

    @Test
    void quotesAKotlinMethodInKotlinTypes() {
        Compilation compilation = compileWithKotlin(source("p.Shapes",
                "package p;",
                "@kotlin.Metadata(d1 = {}, d2 = {})",
                "@dev.wasmbind.WasmModule(\"greeter.wasm\")",
                "interface Shapes {",
                "  Object area(int sides, byte[] lengths, @org.jetbrains.annotations.Nullable Integer scale,",
                "      String[] names, Object tag);",
                "  <T> void each(T item);",
                "}"));

        assertErrors(compilation,
                at(5, Messages.nullableParameter("scale", "Int?", "Int")),
                at(6, Messages.unsupportedParameter("java.lang.String[]", "names", Position.EXPORT_PARAMETER)),
                at(6, Messages.unsupportedParameter("java.lang.Object", "tag", Position.EXPORT_PARAMETER)),
                at(5, Messages.unsupportedResult(
                        "java.lang.Object", "area(Int, ByteArray, Int?, Array<String>, Any)")),
                at(7, Messages.genericMethod("each(T)")));
    }

    @Test
    void reportsNullableDeclarationsInJavaTypesWhereTheyAreJava() {
        Compilation compilation = compileWithKotlin(source("p.Foo",
                "package p;",
                "import org.jetbrains.annotations.Nullable;",
                "@dev.wasmbind.WasmModule(\"greeter.wasm\")",
                "interface Foo {",
                "  record Named(@Nullable String name, int id) {}",
                "  Named named();",
                "  @Nullable",
                "  byte[] bytes();",
                "  char first(",
                "      @Nullable String text);",
                "  final class Tagged {",
                "    private final byte[] tag;",
                "    Tagged(@Nullable byte[] tag) { this.tag = tag; }",
                "  }",
                "  Tagged tagged();",
                "}"));

        assertErrors(compilation,
                at(5, Messages.nullableComponent("Named", "name", "@Nullable String", "String")),
                at(8, Messages.nullableResult("bytes()", "@Nullable byte[]", "byte[]")),
                at(10, Messages.nullableParameter("text", "@Nullable String", "String")),
                at(12, Messages.nullableComponent("Tagged", "tag", "@Nullable byte[]", "byte[]")));
    }

    private static Compilation compileWithKotlin(JavaFileObject source) {
        List<JavaFileObject> sources = new ArrayList<>(KOTLIN);
        sources.add(source);
        return compile(sources.toArray(JavaFileObject[]::new));
    }
}
