/*
 * A large guest for the cold-start benchmark: 4096 distinct small functions (about 1 MB of wasm), as a big TinyGo
 * program has thousands. The preprocessor writes them: each leaf macro expands once per number 1000000..1333333
 * (base-4 digits pasted after a leading 1), which names the function and seeds its constants, so no two bodies
 * are alike and none is merged. A function table keeps them all in the module; Dispatch calls one by index.
 * Built by example/build-guests.sh.
 */
#include <stdint.h>

#define EXPORT(name) __attribute__((export_name(name)))

#define EACH4(M, p) M(p##0) M(p##1) M(p##2) M(p##3)
#define EACH16(M, p) EACH4(M, p##0) EACH4(M, p##1) EACH4(M, p##2) EACH4(M, p##3)
#define EACH64(M, p) EACH16(M, p##0) EACH16(M, p##1) EACH16(M, p##2) EACH16(M, p##3)
#define EACH256(M, p) EACH64(M, p##0) EACH64(M, p##1) EACH64(M, p##2) EACH64(M, p##3)
#define EACH1024(M, p) EACH256(M, p##0) EACH256(M, p##1) EACH256(M, p##2) EACH256(M, p##3)
#define EACH4096(M) EACH1024(M, 10) EACH1024(M, 11) EACH1024(M, 12) EACH1024(M, 13)

/* A few rounds of an integer mix; the constants differ in every function. */
#define DEFINE(n)                                                                  \
    __attribute__((noinline)) static int32_t f##n(int32_t x) {                     \
        uint32_t h = (uint32_t)x ^ (n##u * 2654435761u);                          \
        for (uint32_t i = 0; i < 4 + n##u % 5; i++) {                              \
            h = (h ^ (h >> (5 + n##u % 11))) * (0x9e3779b1u + 2 * n##u);           \
            h += (h << (3 + n##u % 7)) ^ (n##u * 0x85ebca6bu + i);                \
            h = (h >> 17 | h << 15) - (n##u ^ 0xc2b2ae35u);                       \
        }                                                                          \
        return (int32_t)(h ^ (h >> 16));                                           \
    }

#define ENTRY(n) f##n,

EACH4096(DEFINE)

static int32_t (*const functions[])(int32_t) = {EACH4096(ENTRY)};

EXPORT("FunctionCount")
int32_t FunctionCount(void) {
    return (int32_t)(sizeof functions / sizeof functions[0]);
}

/* Calls function `index` (taken modulo the count) with x. */
EXPORT("Dispatch")
int32_t Dispatch(int32_t index, int32_t x) {
    uint32_t count = sizeof functions / sizeof functions[0];
    return functions[(uint32_t)index % count](x);
}
