/*
 * A guest under the canonical ABI, as wit-bindgen guests and TinyGo wasip2 core modules export it: its only
 * allocator export is cabi_realloc, the callee owns (and frees) the arguments lowered into its memory, and
 * cabi_post_<export> releases a result once the caller has read it.
 *
 * LiveAllocations counts the blocks cabi_realloc handed out and nobody released yet; PostReturns counts the
 * post-return calls. Built by example/build-guests.sh.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define EXPORT(name) __attribute__((export_name(name)))
#define IMPORT(name) __attribute__((import_module("env"), import_name(name)))

static int32_t live_allocations;
static int32_t post_returns;

EXPORT("cabi_realloc")
void *cabi_realloc(void *old, size_t old_size, size_t align, size_t new_size) {
    (void)old_size;
    (void)align;
    if (old == NULL && new_size == 0) {
        return (void *)align;
    }
    void *p = realloc(old, new_size);
    if (old == NULL && p != NULL) {
        live_allocations++;
    }
    return p;
}

/* What the guest does with a block it owns once it is done with it. */
static void release(void *p) {
    if (p != NULL) {
        live_allocations--;
        free(p);
    }
}

EXPORT("LiveAllocations")
int32_t LiveAllocations(void) {
    return live_allocations;
}

EXPORT("PostReturns")
int32_t PostReturns(void) {
    return post_returns;
}

/* "Hello, <name>!", packed as ptr << 32 | len; the name is the callee's, and freed here. */
EXPORT("greet")
uint64_t greet(char *name, uint32_t len) {
    static const char prefix[] = "Hello, ";
    size_t prefix_len = sizeof prefix - 1;
    uint32_t total = (uint32_t)(prefix_len + len + 1);
    char *text = cabi_realloc(NULL, 0, 1, total);
    if (text == NULL) {
        __builtin_trap();
    }
    memcpy(text, prefix, prefix_len);
    memcpy(text + prefix_len, name, len);
    text[total - 1] = '!';
    release(name);
    return (uint64_t)(uint32_t)(uintptr_t)text << 32 | total;
}

/* Releases greet's result, given greet's result. */
EXPORT("cabi_post_greet")
void cabi_post_greet(uint64_t result) {
    post_returns++;
    release((void *)(uintptr_t)(uint32_t)(result >> 32));
}

/* The byte lengths of both strings added up; both are the callee's, and freed here. */
EXPORT("total_length")
int32_t total_length(char *a, uint32_t a_len, char *b, uint32_t b_len) {
    release(a);
    release(b);
    return (int32_t)(a_len + b_len);
}

/* A scalar result: nothing to release, but the post-return runs all the same, after the result is read. */
EXPORT("answer")
int32_t answer(void) {
    return 42;
}

EXPORT("cabi_post_answer")
void cabi_post_answer(int32_t result) {
    (void)result;
    post_returns++;
}

/* The host allocates the value with cabi_realloc and hands it over; the guest owns it and frees it. */
IMPORT("lookup") uint64_t env_lookup(const char *key, uint32_t len);

EXPORT("lookup_length")
int32_t lookup_length(char *key, uint32_t len) {
    uint64_t value = env_lookup(key, len);
    release(key);
    release((void *)(uintptr_t)(uint32_t)(value >> 32));
    return (int32_t)(uint32_t)value;
}
