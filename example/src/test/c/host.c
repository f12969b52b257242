/*
 * End-to-end test guest for host functions: the guest calls Java through imports from module "env", lowered the
 * way TinyGo lowers //go:wasmimport (a string argument is (ptr, len), a []byte is (ptr, len, cap), small integers
 * and bool are i32). Each Call* export forwards to one import so tests can check every type both ways; Uri reads
 * a value the host writes into a guest buffer.
 * Built by example/build-guests.sh.
 */
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "counting_allocator.h"

#define EXPORT(name) __attribute__((export_name(name)))
#define IMPORT(name) __attribute__((import_module("env"), import_name(name)))

IMPORT("log") void env_log(const char *ptr, int32_t len);
IMPORT("log_bytes") void env_log_bytes(const uint8_t *ptr, int32_t len, int32_t cap);
IMPORT("add") int32_t env_add(int32_t a, int32_t b);
IMPORT("scale") double env_scale(double x);
IMPORT("scale32") float env_scale32(float x);
IMPORT("wide") int64_t env_wide(int64_t x);
IMPORT("check") bool env_check(bool x);
IMPORT("small") int32_t env_small(int8_t a, uint8_t b, int16_t c, uint16_t d);
IMPORT("fail") void env_fail(void);
IMPORT("reenter") int32_t env_reenter(int32_t x);
/* The "fill a guest buffer" convention: the host writes the URI at buf if it fits in limit bytes, and returns its
 * full length either way (Go: //go:wasmimport env get_uri func getURI(buf *byte, limit uint32) uint32). */
IMPORT("get_uri") uint32_t env_get_uri(uint8_t *buf, uint32_t limit);

IMPORT("reenter_name") int32_t env_reenter_name(int32_t i);

/* The "host returns guest-allocated bytes" convention: the host allocates the value with one of the guest's
 * allocator exports, writes it, and returns ptr << 32 | len; the guest owns the block from then on.
 * config allocates with wasm_malloc, as modules that name their allocator do; payload with malloc. */
IMPORT("config") uint64_t env_config(const char *key, int32_t len);
IMPORT("payload") uint64_t env_payload(void);

/* A Go string as TinyGo returns it: through a hidden first parameter pointing at the caller's return area. */
typedef struct {
    const char *ptr;
    int32_t len;
} go_string;

static const go_string NAMES[] = {{"zero", 4}, {"one", 3}, {"two", 3}};

/* Logs "wasm >> Hello, <name>!" through env.log; the text only lives for the duration of the call. */
EXPORT("Greet")
void Greet(const char *name, int32_t name_len) {
    static const char prefix[] = "wasm >> Hello, ";
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

EXPORT("LogBytes")
void LogBytes(const uint8_t *b, int32_t len, int32_t cap) {
    env_log_bytes(b, len, cap);
}

EXPORT("CallAdd") int32_t CallAdd(int32_t a, int32_t b) { return env_add(a, b); }
EXPORT("CallScale") double CallScale(double x) { return env_scale(x); }
EXPORT("CallScale32") float CallScale32(float x) { return env_scale32(x); }
EXPORT("CallWide") int64_t CallWide(int64_t x) { return env_wide(x); }
EXPORT("CallCheck") bool CallCheck(bool x) { return env_check(x); }

EXPORT("CallSmall")
int32_t CallSmall(int8_t a, uint8_t b, int16_t c, uint16_t d) {
    return env_small(a, b, c, d);
}

/* The host throws inside env.fail, so the return below is never reached. */
EXPORT("CallFail")
int32_t CallFail(void) {
    env_fail();
    return 1;
}

EXPORT("Twice") int32_t Twice(int32_t x) { return 2 * x; }

/* The host implements env.reenter by calling Twice: a guest -> host -> guest round trip. */
EXPORT("Reenter") int32_t Reenter(int32_t x) { return env_reenter(x) + 1; }

/* The URI that Uri returned last: the guest keeps it until the next call, as TinyGo's heap keeps a string result. */
static uint8_t *uri;

static uint8_t *allocate(uint32_t size) {
    uint8_t *block = malloc(size);
    if (block == NULL && size > 0) {
        __builtin_trap();
    }
    return block;
}

/* Reads env.get_uri into a buffer of `initial` bytes; while the host says the URI is longer, reads it again into a
 * buffer that large, as http-wasm guests do. */
EXPORT("Uri")
go_string Uri(int32_t initial) {
    uint32_t limit = (uint32_t)initial;
    uint32_t len;
    free(uri);
    uri = allocate(limit);
    while ((len = env_get_uri(uri, limit)) > limit) {
        free(uri);
        limit = len;
        uri = allocate(limit);
    }
    return (go_string){(const char *)uri, (int32_t)len};
}

EXPORT("Name") go_string Name(int32_t i) { return NAMES[i % 3]; }

/*
 * Returns Name(i) like Name, but fills its return area before calling env.reenter_name, which our host implements by
 * calling Name(i + 1) on the same instance: a nested call that must get a return area of its own. The explicit out
 * parameter is the return-area pointer (the same wasm signature as Name), so the store comes before the call.
 */
EXPORT("NameAround")
void NameAround(go_string *out, int32_t i) {
    *out = NAMES[i % 3];
    env_reenter_name(i + 1);
}

/* An allocator export under a name of its own, counted, so tests see the host use it (and not malloc). */
static int32_t wasm_malloc_calls;

EXPORT("wasm_malloc")
void *wasm_malloc(size_t size) {
    wasm_malloc_calls++;
    return guest_malloc(size);
}

EXPORT("WasmMallocCalls") int32_t WasmMallocCalls(void) { return wasm_malloc_calls; }

/* Returns env.config(key), copied into a buffer of the guest's; frees the host's block, which it owns. */
static char config_value[256];

EXPORT("Config")
go_string Config(const char *key, int32_t len) {
    uint64_t packed = env_config(key, len);
    char *ptr = (char *)(uintptr_t)(uint32_t)(packed >> 32);
    uint32_t n = (uint32_t)packed;
    if (n > sizeof config_value) {
        __builtin_trap();
    }
    memcpy(config_value, ptr, n);
    guest_free(ptr);
    return (go_string){config_value, (int32_t)n};
}

/* Returns len * 1000000 + the sum of the bytes of env.payload(), and frees the block. */
EXPORT("PayloadDigest")
int64_t PayloadDigest(void) {
    uint64_t packed = env_payload();
    const uint8_t *ptr = (const uint8_t *)(uintptr_t)(uint32_t)(packed >> 32);
    uint32_t n = (uint32_t)packed;
    int64_t sum = 0;
    for (uint32_t i = 0; i < n; i++) {
        sum += ptr[i];
    }
    guest_free((void *)ptr);
    return (int64_t)n * 1000000 + sum;
}
