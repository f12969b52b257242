/*
 * The README example guest. It stands for this TinyGo program, built with
 * `tinygo build -target=wasip1 -buildmode=c-shared`:
 *
 *     package main
 *
 *     //export ReturnString
 *     func ReturnString() string { return "hello from TinyGo/WASM" }
 *
 *     //export Greet
 *     func Greet(name string) string { return "Hello, " + name + "!" }
 *
 *     //export Add
 *     func Add(a, b int32) int32 { return a + b }
 *
 *     func main() {}
 *
 * It is written in C so the build needs no Go toolchain; clang lowers it with the same wasm32 C ABI that TinyGo
 * uses (a string is (ptr, len); a string result goes through a hidden first return-area pointer). Results are
 * guest-owned, as in TinyGo: the host copies them out and never frees them. Built by example/build-guests.sh.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define EXPORT(name) __attribute__((export_name(name)))

typedef struct {
    const char *ptr;
    int32_t len;
} go_string;

EXPORT("ReturnString")
go_string ReturnString(void) {
    static const char text[] = "hello from TinyGo/WASM";
    return (go_string){text, (int32_t)(sizeof text - 1)};
}

EXPORT("Greet")
go_string Greet(const char *name, int32_t name_len) {
    /* Reused between calls, like memory the Go GC still owns: valid until the next call. */
    static char *buffer;
    static size_t capacity;
    static const char prefix[] = "Hello, ";
    size_t prefix_len = sizeof prefix - 1;
    size_t len = prefix_len + (size_t)name_len + 1;
    if (len > capacity) {
        char *grown = realloc(buffer, len);
        if (grown == NULL) {
            __builtin_trap();
        }
        buffer = grown;
        capacity = len;
    }
    memcpy(buffer, prefix, prefix_len);
    memcpy(buffer + prefix_len, name, (size_t)name_len);
    buffer[len - 1] = '!';
    return (go_string){buffer, (int32_t)len};
}

EXPORT("Add")
int32_t Add(int32_t a, int32_t b) {
    return a + b;
}
