/*
 * One guest API, built once per allocator convention by example/build-guests.sh, which names the exports:
 *   ALLOCATE_NAME  the export that allocates, (i32 size) -> i32
 *   FREE_NAME      the export that frees: (i32 ptr) -> nil, or (i32 ptr, i32 len) -> nil with SIZED_FREE
 *   LEN_HIGH       packs (ptr, len) as len << 32 | ptr instead of ptr << 32 | len, as Kosmos-style plugins do
 * as C and TinyGo (malloc/free), Zig (malloc/free(ptr, len)), Rust (alloc/dealloc, allocate/deallocate) and TinyGo4J
 * (wasm_malloc/wasm_free) guests export them.
 *
 * The allocator counts: LiveAllocations is the number of blocks allocated and not yet freed, BadFrees the frees of
 * a pointer it never handed out (or handed out already freed) or, for a sized free, of another length than the block
 * was allocated with. A test that ends with both at 0 shows every block freed exactly once, with its length.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define EXPORT(name) __attribute__((export_name(name)))
#define IMPORT(name) __attribute__((import_module("env"), import_name(name)))

#define MAX_BLOCKS 256

static void *blocks[MAX_BLOCKS];
static size_t block_sizes[MAX_BLOCKS];
static int32_t live_allocations;
static int32_t bad_frees;

static uint64_t pack(const void *ptr, uint32_t len) {
#ifdef LEN_HIGH
    return (uint64_t)len << 32 | (uint32_t)(uintptr_t)ptr;
#else
    return (uint64_t)(uint32_t)(uintptr_t)ptr << 32 | len;
#endif
}

static void *packed_ptr(uint64_t packed) {
#ifdef LEN_HIGH
    return (void *)(uintptr_t)(uint32_t)packed;
#else
    return (void *)(uintptr_t)(uint32_t)(packed >> 32);
#endif
}

static uint32_t packed_len(uint64_t packed) {
#ifdef LEN_HIGH
    return (uint32_t)(packed >> 32);
#else
    return (uint32_t)packed;
#endif
}

EXPORT(ALLOCATE_NAME)
void *guest_allocate(size_t size) {
    void *p = malloc(size == 0 ? 1 : size);
    if (p == NULL) {
        return NULL;
    }
    for (int i = 0; i < MAX_BLOCKS; i++) {
        if (blocks[i] == NULL) {
            blocks[i] = p;
            block_sizes[i] = size;
            live_allocations++;
            return p;
        }
    }
    free(p);
    return NULL; /* more live blocks than a test ever holds */
}

/* Frees a block this allocator handed out; a sized free must give the length it was allocated with. */
static void release(void *p, size_t size, int sized) {
    if (p == NULL) {
        return;
    }
    for (int i = 0; i < MAX_BLOCKS; i++) {
        if (blocks[i] == p) {
            if (sized && block_sizes[i] != size) {
                bad_frees++;
            }
            blocks[i] = NULL;
            live_allocations--;
            free(p);
            return;
        }
    }
    bad_frees++;
}

#ifdef SIZED_FREE
EXPORT(FREE_NAME)
void guest_free(void *p, size_t size) {
    release(p, size, 1);
}
#define GUEST_FREE(p, size) guest_free(p, size)
#else
EXPORT(FREE_NAME)
void guest_free(void *p) {
    release(p, 0, 0);
}
#define GUEST_FREE(p, size) guest_free(p)
#endif

EXPORT("LiveAllocations")
int32_t LiveAllocations(void) {
    return live_allocations;
}

EXPORT("BadFrees")
int32_t BadFrees(void) {
    return bad_frees;
}

/* "Hello, <name>!" in a block from the allocator, which the caller frees. */
EXPORT("greet")
uint64_t greet(const char *name, uint32_t len) {
    static const char prefix[] = "Hello, ";
    size_t prefix_len = sizeof prefix - 1;
    uint32_t total = (uint32_t)(prefix_len + len + 1);
    char *text = guest_allocate(total);
    if (text == NULL) {
        __builtin_trap();
    }
    memcpy(text, prefix, prefix_len);
    memcpy(text + prefix_len, name, len);
    text[total - 1] = '!';
    return pack(text, total);
}

/* A copy of the text in a block from the allocator (of one byte for the empty text), which the caller frees. */
EXPORT("echo")
uint64_t echo(const char *text, uint32_t len) {
    char *copy = guest_allocate(len);
    if (copy == NULL) {
        __builtin_trap();
    }
    memcpy(copy, text, len);
    return pack(copy, len);
}

/* a + "," + b in a block from the allocator, which the caller frees. */
EXPORT("join")
uint64_t join(const char *a, uint32_t a_len, const char *b, uint32_t b_len) {
    uint32_t total = a_len + 1 + b_len;
    char *text = guest_allocate(total);
    if (text == NULL) {
        __builtin_trap();
    }
    memcpy(text, a, a_len);
    text[a_len] = ',';
    memcpy(text + a_len + 1, b, b_len);
    return pack(text, total);
}

/* The sum of the values, read during the call only. */
EXPORT("sum")
int64_t sum(const int32_t *values, uint32_t len) {
    int64_t total = 0;
    for (uint32_t i = 0; i < len; i++) {
        total += values[i];
    }
    return total;
}

/* The squares of the values as a Go []int32 in the caller's return area, in a block the caller frees. */
EXPORT("squares")
void squares(int32_t *result, const int32_t *values, uint32_t len, uint32_t cap) {
    (void)cap;
    int32_t *out = len == 0 ? NULL : guest_allocate(len * sizeof(int32_t));
    for (uint32_t i = 0; i < len; i++) {
        out[i] = values[i] * values[i];
    }
    result[0] = (int32_t)(uintptr_t)out;
    result[1] = (int32_t)len;
    result[2] = (int32_t)len;
}

/* A string the guest keeps, returned through the caller's return area. */
EXPORT("version")
void version(int32_t *result) {
    static const char text[] = "conventions 1";
    result[0] = (int32_t)(uintptr_t)text;
    result[1] = (int32_t)(sizeof text - 1);
}

/*
 * Looks the key up through the host, which allocates the value with this guest's allocator and hands it over
 * packed; the guest owns it, reads its length and frees it with the length it was given.
 */
IMPORT("lookup") uint64_t env_lookup(const char *key, uint32_t len);

EXPORT("lookup_length")
int32_t lookup_length(const char *key, uint32_t len) {
    uint64_t value = env_lookup(key, len);
    uint32_t value_len = packed_len(value);
    GUEST_FREE(packed_ptr(value), value_len);
    return (int32_t)value_len;
}
