/*
 * The benchmark guest. It stands for this TinyGo program, built with
 * `tinygo build -target=wasip1 -buildmode=c-shared`:
 *
 *     package main
 *
 *     //go:wasmimport env next
 *     func next(x int32) int32
 *
 *     type Stats struct { Total int64; Count int32; Mean float64 }
 *
 *     var digest = []byte{...32 bytes...}
 *
 *     //export Empty
 *     func Empty() {}
 *
 *     //export Add
 *     func Add(a, b int32) int32 { return a + b }
 *
 *     //export ReturnString
 *     func ReturnString() string { return "hello from TinyGo/WASM" }
 *
 *     //export Echo
 *     func Echo(s string) string { return string([]byte(s)) }   // a copy
 *
 *     //export CountVowels
 *     func CountVowels(s string) int32 { ... }
 *
 *     //export Summarize
 *     func Summarize(n int32) Stats { ... }   // the sum, count and mean of 1..n
 *
 *     //export Digest
 *     func Digest() []byte { return digest }
 *
 *     //export CallHost
 *     func CallHost(x int32) int32 { return next(x) + 1 }
 *
 *     func main() {}
 *
 * Results are guest-owned, as in TinyGo: the host copies them out and never frees them. Echo's copy lives in one
 * buffer the guest reuses (grown with realloc), standing for memory the Go GC still owns: it stays valid until
 * the next call. Built by example/build-guests.sh.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define EXPORT(name) __attribute__((export_name(name)))
#define IMPORT(name) __attribute__((import_module("env"), import_name(name)))

typedef struct {
    const char *ptr;
    int32_t len;
} go_string;

typedef struct {
    const uint8_t *ptr;
    int32_t len;
    int32_t cap;
} go_bytes;

typedef struct {
    int64_t total;
    int32_t count;
    double mean;
} stats;

IMPORT("next") int32_t env_next(int32_t x);

EXPORT("Empty")
void Empty(void) {}

EXPORT("Add")
int32_t Add(int32_t a, int32_t b) {
    return a + b;
}

EXPORT("ReturnString")
go_string ReturnString(void) {
    static const char text[] = "hello from TinyGo/WASM";
    return (go_string){text, (int32_t)(sizeof text - 1)};
}

EXPORT("Echo")
go_string Echo(const char *text, int32_t len) {
    static char *buffer;
    static size_t capacity;
    if ((size_t)len > capacity) {
        char *grown = realloc(buffer, (size_t)len);
        if (grown == NULL) {
            __builtin_trap();
        }
        buffer = grown;
        capacity = (size_t)len;
    }
    memcpy(buffer, text, (size_t)len);
    return (go_string){buffer, len};
}

EXPORT("CountVowels")
int32_t CountVowels(const char *text, int32_t len) {
    int32_t count = 0;
    for (int32_t i = 0; i < len; i++) {
        switch (text[i]) {
            case 'a': case 'e': case 'i': case 'o': case 'u':
            case 'A': case 'E': case 'I': case 'O': case 'U':
                count++;
                break;
            default:
                break;
        }
    }
    return count;
}

EXPORT("Summarize")
stats Summarize(int32_t n) {
    int64_t total = (int64_t)n * (n + 1) / 2;
    return (stats){total, n, n > 0 ? (double)total / n : 0.0};
}

EXPORT("Digest")
go_bytes Digest(void) {
    static const uint8_t digest[32] = {
        0x9f, 0x86, 0xd0, 0x81, 0x88, 0x4c, 0x7d, 0x65, 0x9a, 0x2f, 0xea, 0xa0, 0xc5, 0x5a, 0xd0, 0x15,
        0xa3, 0xbf, 0x4f, 0x1b, 0x2b, 0x0b, 0x82, 0x2c, 0xd1, 0x5d, 0x6c, 0x15, 0xb0, 0xf0, 0x0a, 0x08,
    };
    return (go_bytes){digest, (int32_t)sizeof digest, (int32_t)sizeof digest};
}

EXPORT("CallHost")
int32_t CallHost(int32_t x) {
    return env_next(x) + 1;
}
