/*
 * End-to-end test guest: one export per row of the wasmbind type table, written in C with the same wasm32 C ABI
 * that TinyGo's //export uses. Each function is named and typed as the Go function it stands for, e.g.
 * `func Concat(a, b string) string` is `Concat(retptr, a.ptr, a.len, b.ptr, b.len)`.
 *
 * Ownership: results are guest-owned (a static buffer per function, valid until that function runs again; the
 * host must not free them) unless the comment says the host frees them.
 *
 * The exported malloc/free/calloc/realloc count live blocks so tests can prove the host frees everything it
 * allocates (LiveAllocations). The guest's own buffers call libc directly and are not counted; results the
 * host must free are allocated through the counting allocator. Built by example/build-guests.sh.
 */
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define EXPORT(name) __attribute__((export_name(name)))

typedef struct {
    const char *ptr;
    int32_t len;
} go_string;

#define GO_SLICE(T) struct { T *ptr; int32_t len; int32_t cap; }
typedef GO_SLICE(uint8_t) go_bytes;
typedef GO_SLICE(int32_t) go_int32s;
typedef GO_SLICE(int64_t) go_int64s;
typedef GO_SLICE(float) go_float32s;
typedef GO_SLICE(double) go_float64s;

#include "counting_allocator.h"

/* ---- guest-owned result buffers ---- */

typedef struct {
    void *ptr;
    size_t cap;
} buffer;

/* Grows b to at least size bytes (never 0, so the pointer is always valid) and returns it. */
static void *reserve(buffer *b, size_t size) {
    if (size == 0) {
        size = 1;
    }
    if (size > b->cap) {
        void *grown = realloc(b->ptr, size);
        if (grown == NULL) {
            __builtin_trap();
        }
        b->ptr = grown;
        b->cap = size;
    }
    return b->ptr;
}

static void *copy_into(buffer *b, const void *src, size_t size) {
    void *dst = reserve(b, size);
    memcpy(dst, src, size);
    return dst;
}

/* ---- scalars ---- */

EXPORT("EchoInt32") int32_t EchoInt32(int32_t x) { return x; }
EXPORT("EchoInt64") int64_t EchoInt64(int64_t x) { return x; }
EXPORT("EchoFloat32") float EchoFloat32(float x) { return x; }
EXPORT("EchoFloat64") double EchoFloat64(double x) { return x; }
EXPORT("Not") bool Not(bool x) { return !x; }
EXPORT("EchoBool") bool EchoBool(bool x) { return x; }
EXPORT("EchoInt8") int8_t EchoInt8(int8_t x) { return x; }
EXPORT("EchoUint8") uint8_t EchoUint8(uint8_t x) { return x; }
EXPORT("EchoInt16") int16_t EchoInt16(int16_t x) { return x; }
EXPORT("EchoUint16") uint16_t EchoUint16(uint16_t x) { return x; }
EXPORT("EchoUint32") uint32_t EchoUint32(uint32_t x) { return x; }
EXPORT("EchoUint64") uint64_t EchoUint64(uint64_t x) { return x; }

/* How the guest sees small values: the C ABI makes the caller extend them, so these show what the host sent. */
EXPORT("Int8ToInt32") int32_t Int8ToInt32(int8_t x) { return x; }
EXPORT("Uint8ToInt32") int32_t Uint8ToInt32(uint8_t x) { return x; }
EXPORT("Int16ToInt32") int32_t Int16ToInt32(int16_t x) { return x; }
EXPORT("Uint16ToInt32") int32_t Uint16ToInt32(uint16_t x) { return x; }
EXPORT("Uint32ToInt64") int64_t Uint32ToInt64(uint32_t x) { return x; }
EXPORT("BoolToInt32") int32_t BoolToInt32(bool x) { return x; }

/* The other direction: the guest truncates, the host must read the small type back. */
EXPORT("Int32ToUint8") uint8_t Int32ToUint8(int32_t x) { return (uint8_t)x; }
EXPORT("Int32ToInt8") int8_t Int32ToInt8(int32_t x) { return (int8_t)x; }
EXPORT("Int32ToUint16") uint16_t Int32ToUint16(int32_t x) { return (uint16_t)x; }
EXPORT("Int64ToUint32") uint32_t Int64ToUint32(int64_t x) { return (uint32_t)x; }

EXPORT("AddFloat64") double AddFloat64(double a, double b) { return a + b; }

EXPORT("Mixed")
double Mixed(int32_t a, int64_t b, float c, double d, bool e) {
    return (double)a + (double)b + (double)c + d + (e ? 1.0 : 0.0);
}

EXPORT("Sum20")
int64_t Sum20(int32_t x1, int32_t x2, int32_t x3, int32_t x4, int32_t x5, int32_t x6, int32_t x7, int32_t x8,
              int32_t x9, int32_t x10, int32_t x11, int32_t x12, int32_t x13, int32_t x14, int32_t x15,
              int32_t x16, int32_t x17, int32_t x18, int32_t x19, int32_t x20) {
    return (int64_t)x1 + x2 + x3 + x4 + x5 + x6 + x7 + x8 + x9 + x10 + x11 + x12 + x13 + x14 + x15 + x16 + x17
           + x18 + x19 + x20;
}

/* ---- strings ---- */

EXPORT("EchoString")
go_string EchoString(const char *s, int32_t len) {
    static buffer out;
    return (go_string){copy_into(&out, s, (size_t)len), len};
}

EXPORT("StringByteLength")
int32_t StringByteLength(const char *s, int32_t len) {
    (void)s;
    return len;
}

EXPORT("Concat")
go_string Concat(const char *a, int32_t a_len, const char *b, int32_t b_len) {
    static buffer out;
    char *dst = reserve(&out, (size_t)a_len + (size_t)b_len);
    memcpy(dst, a, (size_t)a_len);
    memcpy(dst + a_len, b, (size_t)b_len);
    return (go_string){dst, a_len + b_len};
}

/* An empty string with a valid, non-zero pointer. */
EXPORT("EmptyString")
go_string EmptyString(void) {
    return (go_string){"", 0};
}

/* An empty string the way Go's zero value looks: pointer 0, length 0. */
EXPORT("NullEmptyString")
go_string NullEmptyString(void) {
    return (go_string){NULL, 0};
}

EXPORT("Repeat")
go_string Repeat(const char *s, int32_t len, int32_t n) {
    static buffer out;
    if (n < 0) {
        n = 0;
    }
    size_t total = (size_t)len * (size_t)n;
    char *dst = reserve(&out, total);
    for (int32_t i = 0; i < n; i++) {
        memcpy(dst + (size_t)i * (size_t)len, s, (size_t)len);
    }
    return (go_string){dst, (int32_t)total};
}

EXPORT("FirstByte")
int32_t FirstByte(const char *s, int32_t len) {
    return len == 0 ? -1 : (int32_t)(unsigned char)s[0];
}

/* ---- slices ---- */

EXPORT("EchoBytes")
go_bytes EchoBytes(uint8_t *b, int32_t len, int32_t cap) {
    static buffer out;
    (void)cap;
    return (go_bytes){copy_into(&out, b, (size_t)len), len, len};
}

EXPORT("SumBytes")
int64_t SumBytes(uint8_t *b, int32_t len, int32_t cap) {
    (void)cap;
    int64_t sum = 0;
    for (int32_t i = 0; i < len; i++) {
        sum += b[i];
    }
    return sum;
}

EXPORT("SliceCap")
int32_t SliceCap(uint8_t *b, int32_t len, int32_t cap) {
    (void)b;
    (void)len;
    return cap;
}

EXPORT("SliceLen")
int32_t SliceLen(uint8_t *b, int32_t len, int32_t cap) {
    (void)b;
    (void)cap;
    return len;
}

#define ECHO_SLICE(name, slice_type, elem_type)                                        \
    EXPORT(#name)                                                                      \
    slice_type name(elem_type *p, int32_t len, int32_t cap) {                          \
        static buffer out;                                                             \
        (void)cap;                                                                     \
        return (slice_type){copy_into(&out, p, (size_t)len * sizeof(elem_type)), len, len}; \
    }

ECHO_SLICE(EchoInt32s, go_int32s, int32_t)
ECHO_SLICE(EchoInt64s, go_int64s, int64_t)
ECHO_SLICE(EchoFloat32s, go_float32s, float)
ECHO_SLICE(EchoFloat64s, go_float64s, double)

EXPORT("SumInt32s")
int64_t SumInt32s(int32_t *p, int32_t len, int32_t cap) {
    (void)cap;
    int64_t sum = 0;
    for (int32_t i = 0; i < len; i++) {
        sum += p[i];
    }
    return sum;
}

EXPORT("MakeBytes")
go_bytes MakeBytes(int32_t n, uint8_t fill) {
    static buffer out;
    if (n < 0) {
        n = 0;
    }
    uint8_t *dst = reserve(&out, (size_t)n);
    memset(dst, fill, (size_t)n);
    return (go_bytes){dst, n, n};
}

/* ---- records / multiple results ---- */

typedef struct {
    int32_t q;
    int32_t r;
} div_mod;

EXPORT("DivMod")
div_mod DivMod(int32_t a, int32_t b) {
    if (b == 0) {
        __builtin_trap(); /* Go panics: integer divide by zero */
    }
    return (div_mod){a / b, a % b};
}

/* Layout: flag@0, big@8, small@16, d@24, u@32; size 40. */
typedef struct {
    bool flag;
    int64_t big;
    int8_t small;
    double d;
    uint16_t u;
} padded;

EXPORT("Padded")
padded Padded(void) {
    return (padded){true, 0x0102030405060708LL, -5, 2.5, 65535};
}

/* Layout: name@0 (ptr, len), age@8, adult@12, id@16, tag@24 (ptr, len, cap); size 40. */
typedef struct {
    go_string name;
    int32_t age;
    bool adult;
    int64_t id;
    go_bytes tag;
} person;

EXPORT("Person")
person Person(const char *name, int32_t name_len, int32_t age) {
    static buffer name_copy;
    static uint8_t tag[] = {0xFF, 0x00, 0x7F};
    return (person){
        .name = {copy_into(&name_copy, name, (size_t)name_len), name_len},
        .age = age,
        .adult = age >= 18,
        .id = ((int64_t)1 << 40) + age,
        .tag = {tag, (int32_t)sizeof tag, (int32_t)sizeof tag},
    };
}

/* Layout: a@0, inner@8 (x@8, y@16), f@24; size 32. */
typedef struct {
    int32_t a;
    struct {
        int64_t x;
        bool y;
    } inner;
    float f;
} nested;

EXPORT("Nested")
nested Nested(void) {
    return (nested){7, {-9, true}, 1.5f};
}

/* One scalar field: the wasm32 C ABI returns it directly as an i32, with no return area. */
typedef struct {
    int32_t v;
} wrapped;

EXPORT("Wrapped")
wrapped Wrapped(int32_t x) {
    return (wrapped){x};
}

/* Layout: min@0, max@8, count@16; size 24. An empty slice gives min = max = 0. */
typedef struct {
    double min;
    double max;
    int32_t count;
} min_max;

EXPORT("MinMax")
min_max MinMax(double *vals, int32_t len, int32_t cap) {
    (void)cap;
    min_max result = {0, 0, len};
    for (int32_t i = 0; i < len; i++) {
        if (i == 0 || vals[i] < result.min) {
            result.min = vals[i];
        }
        if (i == 0 || vals[i] > result.max) {
            result.max = vals[i];
        }
    }
    return result;
}

/* ---- packed results: (uint64)ptr << 32 | len ---- */

static uint64_t pack(const void *ptr, size_t len) {
    return (uint64_t)(uintptr_t)ptr << 32 | (uint32_t)len;
}

/* "Hello, <name>!" allocated with the exported malloc: the host must free it. */
EXPORT("GreetingPacked")
uint64_t GreetingPacked(uint32_t ptr, uint32_t size) {
    static const char prefix[] = "Hello, ";
    size_t prefix_len = sizeof prefix - 1;
    size_t len = prefix_len + size + 1;
    char *out = guest_malloc(len);
    if (out == NULL) {
        __builtin_trap();
    }
    memcpy(out, prefix, prefix_len);
    memcpy(out + prefix_len, (const char *)(uintptr_t)ptr, size);
    out[len - 1] = '!';
    return pack(out, len);
}

/* n bytes 0, 1, 2, ... (mod 256) in a guest-owned buffer: the host must not free it. */
EXPORT("BytesPackedGuestOwned")
uint64_t BytesPackedGuestOwned(int32_t n) {
    static buffer out;
    if (n < 0) {
        n = 0;
    }
    uint8_t *dst = reserve(&out, (size_t)n);
    for (int32_t i = 0; i < n; i++) {
        dst[i] = (uint8_t)i;
    }
    return pack(dst, (size_t)n);
}

/* ---- host-owned return-area result ---- */

/* "owned:" + s allocated with the exported malloc: the host must free it. */
EXPORT("OwnedString")
go_string OwnedString(const char *s, int32_t len) {
    static const char prefix[] = "owned:";
    size_t prefix_len = sizeof prefix - 1;
    size_t total = prefix_len + (size_t)len;
    char *out = guest_malloc(total);
    if (out == NULL) {
        __builtin_trap();
    }
    memcpy(out, prefix, prefix_len);
    memcpy(out + prefix_len, s, (size_t)len);
    return (go_string){out, (int32_t)total};
}

/* ---- void and state ---- */

static int32_t counter;

EXPORT("Increment") void Increment(void) { counter++; }
EXPORT("Counter") int32_t Counter(void) { return counter; }
EXPORT("Reset") void Reset(void) { counter = 0; }

/* ---- failures ---- */

EXPORT("Trap")
void Trap(void) {
    __builtin_trap();
}

/* WASI proc_exit(code), like Go's os.Exit. */
EXPORT("Exit")
void Exit(int32_t code) {
    exit(code);
}

/* What a Go panic does: "panic: <msg>" on stderr, then an unreachable trap. */
EXPORT("Panic")
void Panic(const char *msg, int32_t len) {
    fprintf(stderr, "panic: %.*s\n", (int)len, msg);
    fflush(stderr);
    __builtin_trap();
}
