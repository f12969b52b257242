/*
 * End-to-end test guest for raw binary payloads, in the form hand-written exports use (protobuf plugins, for
 * example): bytes come in as (ptr, size) and go out packed as ptr << 32 | size, in memory from malloc that the
 * host frees (Go: //export transform(ptr, size uint32) uint64). Counts its allocations, so tests see every one freed.
 * Built by example/build-guests.sh.
 */
#include <stdint.h>
#include <stdlib.h>

#include "counting_allocator.h"

#define EXPORT(name) __attribute__((export_name(name)))

/* Returns the bytes reversed and XORed with 0x5A, so that every input byte value maps to another one. */
EXPORT("Transform")
uint64_t Transform(const uint8_t *ptr, uint32_t size) {
    if (size == 0) {
        return 0;
    }
    uint8_t *out = guest_malloc(size);
    if (out == NULL) {
        __builtin_trap();
    }
    for (uint32_t i = 0; i < size; i++) {
        out[i] = ptr[size - 1 - i] ^ 0x5A;
    }
    return (uint64_t)(uintptr_t)out << 32 | size;
}

/* The sum of the bytes, each read as unsigned. */
EXPORT("Checksum")
uint32_t Checksum(const uint8_t *ptr, uint32_t size) {
    uint32_t sum = 0;
    for (uint32_t i = 0; i < size; i++) {
        sum += ptr[i];
    }
    return sum;
}
