package dev.wasmbind.kotlin

import demo.kotlin.GreeterWasm
import org.assertj.core.api.Assertions.assertThat
import org.junit.jupiter.api.Test

/** greeter.wasm calls back into Kotlin through a `fun interface` host module, implemented by a lambda. */
class GreeterTest {
    @Test
    fun callsTheLambdaThatImplementsTheHostModule() {
        val logged = mutableListOf<String>()

        GreeterWasm.load { message -> logged += message }.use { guest ->
            guest.greet("Kotlin")
            guest.greet("Zoë")
        }

        assertThat(logged).containsExactly("Hello, Kotlin!", "Hello, Zoë!")
    }
}
