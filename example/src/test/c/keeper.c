/*
 * End-to-end test guest for borrowed arguments: Keep holds on to its string argument the way a TinyGo guest may
 * (TinyGo's garbage collector keeps malloc'ed memory alive while a Go string points into it, even after free),
 * so tests can show why arguments are not borrowed by default. Length only reads its argument during the call.
 * Built by example/build-guests.sh.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#define EXPORT(name) __attribute__((export_name(name)))

typedef struct {
    const char *ptr;
    int32_t len;
} go_string;

static const char *kept;
static int32_t kept_len;
static int32_t malloc_calls;

EXPORT("malloc")
void *keeper_malloc(size_t size) {
    malloc_calls++;
    return malloc(size);
}

/* Leaves the kept string's memory alone, as TinyGo's collector would while the string is reachable. */
EXPORT("free")
void keeper_free(void *p) {
    if (p != NULL && p != (const void *)kept) {
        free(p);
    }
}

EXPORT("MallocCalls") int32_t MallocCalls(void) { return malloc_calls; }

EXPORT("Keep")
void Keep(const char *s, int32_t len) {
    kept = s;
    kept_len = len;
}

EXPORT("Kept") go_string Kept(void) { return (go_string){kept, kept_len}; }

/* Reads its argument during the call only: the length of the bytes before the first 'x', or all of them. */
EXPORT("Prefix")
int32_t Prefix(const char *s, int32_t len) {
    for (int32_t i = 0; i < len; i++) {
        if (s[i] == 'x') {
            return i;
        }
    }
    return len;
}

/* Reads two arguments during the call: their lengths together, and whether both end in the same byte. */
EXPORT("Join")
int32_t Join(const char *a, int32_t alen, const char *b, int32_t blen) {
    int32_t same = alen > 0 && blen > 0 && a[alen - 1] == b[blen - 1];
    return (alen + blen) * 2 + same;
}
