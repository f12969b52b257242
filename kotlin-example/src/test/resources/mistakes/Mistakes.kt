// Declarations with the Kotlin mistakes the processor reports: KaptMistakesTest compiles this file with kapt and
// checks each message and the line it is reported on.
package mistakes

import dev.wasmbind.Export
import dev.wasmbind.Unsigned
import dev.wasmbind.WasmModule

data class Named(val name: String?, val id: Int)

@WasmModule("types.wasm")
interface Mistakes {
    @Export("EchoUint32")
    fun echoUint32(value: UInt): UInt

    @Export("EchoUint64")
    fun echoUint64(value: ULong): Long

    @Export("EchoString")
    fun echo(s: String?): String

    @Export("Concat")
    fun concat(a: String, b: String): String?

    @Export("SumBytes")
    fun sumBytes(bytes: ByteArray?): Long

    @Export("Person")
    fun person(name: String, age: Int): Named

    // what the messages suggest instead: not reported
    @Export("EchoUint8")
    @Unsigned
    fun echoUint8(@Unsigned value: Byte): Byte

    @Export("EchoUint32")
    @Unsigned
    fun echoUint32Widened(@Unsigned value: Long): Long
}
