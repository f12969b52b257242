package dev.wasmbind.processor

import dev.wasmbind.runtime.internal.link.Message

/**
 * The processor's messages for Kotlin mistakes, which this module's tests expect word for word. `Messages` is
 * package-private to the processor; this object shares its package so that the tests build the texts from the one
 * place the processor takes them from.
 */
object KotlinMistakeMessages {
    fun nullableComponent(record: String, component: String, declared: String, fix: String): Message =
        Messages.nullableComponent(record, component, declared, fix)

    fun hiddenKotlinFunction(signature: String, iface: String, types: List<String>): Message =
        Messages.hiddenKotlinFunction(signature, iface, types)

    fun nullableParameter(parameter: String, declared: String, fix: String): Message =
        Messages.nullableParameter(parameter, declared, fix)

    fun nullableResult(method: String, declared: String, fix: String): Message =
        Messages.nullableResult(method, declared, fix)
}
