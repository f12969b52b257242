package dev.wasmbind.kotlin

import demo.kotlin.DivMod
import demo.kotlin.Inner
import demo.kotlin.Nested
import demo.kotlin.TypesWasm
import org.assertj.core.api.Assertions.assertThat
import org.junit.jupiter.api.AfterEach
import org.junit.jupiter.api.Test

/** types.wasm through an interface declared in Kotlin, its results read into data classes. */
class TypesTest {
    private val guest = TypesWasm.load()

    @AfterEach
    fun close() = guest.close()

    @Test
    fun passesAndReturnsStrings() {
        assertThat(guest.echo("Zoë ✓")).isEqualTo("Zoë ✓")
        assertThat(guest.concat("Kot", "lin")).isEqualTo("Kotlin")
        assertThat(guest.repeat("ab", 3)).isEqualTo("ababab")
        assertThat(guest.repeat("ab", 0)).isEmpty()
    }

    @Test
    fun readsUnsignedAsDeclared() {
        assertThat(guest.echoUint8(0xFF.toByte())).isEqualTo(0xFF.toByte())
    }

    @Test
    fun readsDataClasses() {
        assertThat(guest.divMod(17, 5)).isEqualTo(DivMod(3, 2))
        assertThat(guest.divMod(Int.MIN_VALUE, 7)).isEqualTo(DivMod(Int.MIN_VALUE / 7, Int.MIN_VALUE % 7))
    }

    @Test
    fun readsStringsAndArraysInsideDataClasses() {
        val person = guest.person("Zoë", 42)

        assertThat(person.name).isEqualTo("Zoë")
        assertThat(person.age).isEqualTo(42)
        assertThat(person.adult).isTrue()
        assertThat(person.id).isEqualTo((1L shl 40) + 42)
        assertThat(person.tag).containsExactly(0xFF.toByte(), 0, 0x7F)
        assertThat(guest.person("", 3).adult).isFalse()
    }

    @Test
    fun readsADataClassInsideADataClass() {
        assertThat(guest.nested()).isEqualTo(Nested(7, Inner(-9, true), 1.5f))
    }

    @Test
    fun readsAFinalClassWhoseConstructorTakesItsProperties() {
        // one scalar field: returned directly, not through a return area
        assertThat(guest.wrapped(41).value).isEqualTo(41)
    }
}
