/*
 * The allocator exports of the test guests, counted: every block the host gets from malloc/calloc/realloc and has
 * not freed yet is one live allocation (LiveAllocations), so tests can prove the host frees what it allocates.
 * Included by one translation unit per guest.
 */
#ifndef COUNTING_ALLOCATOR_H
#define COUNTING_ALLOCATOR_H

#include <stdint.h>
#include <stdlib.h>

static int32_t live_allocations;

__attribute__((export_name("malloc")))
void *guest_malloc(size_t size) {
    void *p = malloc(size);
    if (p != NULL) {
        live_allocations++;
    }
    return p;
}

__attribute__((export_name("free")))
void guest_free(void *p) {
    if (p != NULL) {
        live_allocations--;
    }
    free(p);
}

__attribute__((export_name("calloc")))
void *guest_calloc(size_t count, size_t size) {
    void *p = calloc(count, size);
    if (p != NULL) {
        live_allocations++;
    }
    return p;
}

__attribute__((export_name("realloc")))
void *guest_realloc(void *old, size_t size) {
    void *p = realloc(old, size);
    if (old == NULL && p != NULL) {
        live_allocations++;
    } else if (old != NULL && size == 0 && p == NULL) {
        live_allocations--; /* dlmalloc frees the block on realloc(p, 0) */
    }
    return p;
}

__attribute__((export_name("LiveAllocations")))
int32_t LiveAllocations(void) {
    return live_allocations;
}

#endif
