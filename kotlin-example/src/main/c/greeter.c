/*
 * The guest of the Kotlin example: one import, so that its host module is a Kotlin `fun interface`. It stands for
 * this TinyGo program, built with `tinygo build -target=wasip1 -buildmode=c-shared`:
 *
 *     //go:wasmimport env log
 *     func log(message string)
 *
 *     //export Greet
 *     func Greet(name string) { log("Hello, " + name + "!") }
 *
 * Built by example/build-guests.sh.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define EXPORT(name) __attribute__((export_name(name)))
#define IMPORT(name) __attribute__((import_module("env"), import_name(name)))

IMPORT("log") void env_log(const char *ptr, int32_t len);

/* Logs "Hello, <name>!" through env.log; the text only lives for the duration of the call. */
EXPORT("Greet")
void Greet(const char *name, int32_t name_len) {
    static const char prefix[] = "Hello, ";
    size_t prefix_len = sizeof prefix - 1;
    size_t len = prefix_len + (size_t)name_len + 1;
    char *text = malloc(len);
    if (text == NULL) {
        __builtin_trap();
    }
    memcpy(text, prefix, prefix_len);
    memcpy(text + prefix_len, name, (size_t)name_len);
    text[len - 1] = '!';
    env_log(text, (int32_t)len);
    free(text);
}
