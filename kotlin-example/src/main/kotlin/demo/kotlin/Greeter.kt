package demo.kotlin

import dev.wasmbind.Export
import dev.wasmbind.HostModule
import dev.wasmbind.WasmModule

/** What greeter.wasm imports from module `env`: a `fun interface`, so a lambda implements it. */
@HostModule("env")
fun interface Log {
    fun log(message: String)
}

/** A guest that calls back into Kotlin through [Log]. */
@WasmModule(value = "greeter.wasm", imports = [Log::class])
interface Greeter {
    /** Logs `Hello, <name>!` through `env.log`. */
    @Export("Greet")
    fun greet(name: String)
}
