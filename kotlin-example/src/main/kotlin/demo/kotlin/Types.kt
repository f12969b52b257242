package demo.kotlin

import dev.wasmbind.Export
import dev.wasmbind.Unsigned
import dev.wasmbind.WasmModule

/** Go: `func DivMod(a, b int32) (int32, int32)`, two results read into a data class. */
data class DivMod(val quotient: Int, val remainder: Int)

/** Go: `struct { name string; age int32; adult bool; id int64; tag []byte }`. */
data class Person(val name: String, val age: Int, val adult: Boolean, val id: Long, val tag: ByteArray)

data class Inner(val x: Long, val y: Boolean)

/** A data class inside a data class, laid out as the nested C struct. */
data class Nested(val a: Int, val inner: Inner, val f: Float)

/** Not a data class: a final class whose one constructor takes its properties in order. */
class Wrapped(val value: Int)

/** Strings and records of types.wasm, declared in Kotlin. */
@WasmModule("types.wasm")
interface Types {
    @Export("EchoString")
    fun echo(s: String): String

    @Export("Concat")
    fun concat(a: String, b: String): String

    @Export("Repeat")
    fun repeat(s: String, times: Int): String

    @Export("EchoUint8")
    @Unsigned
    fun echoUint8(@Unsigned value: Byte): Byte

    @Export("DivMod")
    fun divMod(a: Int, b: Int): DivMod

    @Export("Person")
    fun person(name: String, age: Int): Person

    @Export("Nested")
    fun nested(): Nested

    @Export("Wrapped")
    fun wrapped(value: Int): Wrapped
}
