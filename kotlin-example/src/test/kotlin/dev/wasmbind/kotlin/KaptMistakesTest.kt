package dev.wasmbind.kotlin

import dev.wasmbind.WasmModule
import dev.wasmbind.processor.KotlinMistakeMessages as Messages
import dev.wasmbind.runtime.internal.link.Message
import java.io.ByteArrayOutputStream
import java.io.File
import java.io.PrintStream
import java.nio.file.Path
import org.assertj.core.api.Assertions.assertThat
import org.jetbrains.annotations.Nullable
import org.jetbrains.kotlin.cli.common.ExitCode
import org.jetbrains.kotlin.cli.jvm.K2JVMCompiler
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.io.TempDir

/**
 * The Kotlin mistakes the processor reports, each with its message on the line of the `.kt` file that declares it:
 * src/test/resources/mistakes/Mistakes.kt compiled by kotlinc with kapt and `mapDiagnosticLocations`, as the
 * module's own build runs them (docs/kotlin.md). Kotlin's compiler runs in this JVM, once: a separate Maven build
 * would need the processor installed, and take longer.
 */
class KaptMistakesTest {
    @Test
    fun reportsEachMistakeOnItsKotlinLine(@TempDir out: Path) {
        val compiled = kapt(Path.of("src/test/resources/mistakes/Mistakes.kt"), out)

        assertThat(compiled.exitCode).isEqualTo(ExitCode.COMPILATION_ERROR)
        assertThat(compiled.errors).containsExactlyInAnyOrder(
            at(9, Messages.nullableComponent("Named", "name", "String?", "String")),
            at(11, Messages.hiddenKotlinFunction(
                "fun echoUint32(value: UInt): UInt", "mistakes.Mistakes", listOf("kotlin.UInt"))),
            at(11, Messages.hiddenKotlinFunction(
                "fun echoUint64(value: ULong): Long", "mistakes.Mistakes", listOf("kotlin.ULong"))),
            at(20, Messages.nullableParameter("s", "String?", "String")),
            at(23, Messages.nullableResult("concat(String, String)", "String?", "String")),
            at(26, Messages.nullableParameter("bytes", "ByteArray?", "ByteArray")))
    }

    private class Compiled(val exitCode: ExitCode, val errors: List<String>)

    /** The compiler's errors, each as `line: [wasmbind:code] text`. */
    private fun kapt(source: Path, out: Path): Compiled {
        val classpath = System.getProperty("java.class.path").split(File.pathSeparator)
        // what the Kotlin source compiles against: wasmbind's annotations, the standard library, and JetBrains'
        // annotations, which come with it and which kapt's stubs mark nullable types with
        val compileClasspath = listOf(WasmModule::class.java, Unit::class.java, Nullable::class.java)
            .map { Path.of(it.protectionDomain.codeSource.location.toURI()).toString() }
        val kaptJar = classpath.single { "kotlin-annotation-processing-embeddable" in it }
        val kapt = "plugin:org.jetbrains.kotlin.kapt3:"
        val args = listOf(
            "-no-stdlib", "-no-reflect", "-jvm-target", "17",
            "-classpath", compileClasspath.joinToString(File.pathSeparator),
            "-d", out.resolve("classes").toString(),
            "-Xplugin=$kaptJar",
            "-P", kapt + "aptMode=stubsAndApt",
            "-P", kapt + "sources=" + out.resolve("sources"),
            "-P", kapt + "classes=" + out.resolve("classes"),
            "-P", kapt + "stubs=" + out.resolve("stubs"),
            "-P", kapt + "mapDiagnosticLocations=true",
            "-P", kapt + "apOption=wasmbind.modulePath=" + Path.of("../example/src/test/resources").toAbsolutePath(),
            source.toAbsolutePath().toString()) +
            // the processor and its dependencies; the compiler's own jars are no processor path
            classpath.filter { "kotlin-compiler-embeddable" !in it && "kotlin-annotation-processing" !in it }
                .flatMap { listOf("-P", kapt + "apclasspath=" + it) }
        val output = ByteArrayOutputStream()
        val exitCode = K2JVMCompiler().exec(PrintStream(output, true, Charsets.UTF_8), *args.toTypedArray())
        val lines = output.toString(Charsets.UTF_8).lines()
        val errors = lines.filter { it.startsWith("error: ") }
            .map { line ->
                DIAGNOSTIC.find(line)?.let { "${it.groupValues[1]}: ${it.groupValues[2]}" }
                    ?: line // not the processor's, or on no .kt line: fails the comparison as it is
            }
        return Compiled(exitCode, errors)
    }

    private fun at(line: Int, message: Message) = "$line: [wasmbind:${message.id().code()}] ${message.text()}"

    private companion object {
        /** kapt's javac diagnostic, relocated: `error: /…/Mistakes.kt:20: error: [wasmbind:…] …`. */
        val DIAGNOSTIC = Regex("""^error: \S+/Mistakes\.kt:(\d+): error: (.*)$""")
    }
}
