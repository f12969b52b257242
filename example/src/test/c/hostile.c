/*
 * End-to-end test guest that misbehaves on purpose, for the fault tests: it traps with live shadow-stack frames,
 * spins, grows memory without end, exits mid-call, recurses without end, hands back regions outside its memory,
 * leaves its return area unwritten, and "panics" the way TinyGo does: it writes `panic: <message>` to stdout
 * (older TinyGo) or stderr (newer TinyGo) in several pieces, then traps; its allocator for host results panics so
 * when asked for more than 1 MiB, as TinyGo's does when its heap cannot grow.
 *
 * The exported malloc/free count live blocks (LiveAllocations), so tests can prove the host frees what it
 * allocated; results are guest-owned unless a comment says otherwise. Built by example/build-guests.sh.
 */
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define EXPORT(name) __attribute__((export_name(name)))
#define IMPORT(name) __attribute__((import_module("env"), import_name(name)))

typedef struct {
    const char *ptr;
    int32_t len;
} go_string;

IMPORT("fail") void env_fail(void);
IMPORT("call_back") int32_t env_call_back(int32_t x);
/* A string of `size` bytes from the host, allocated with PanickingMalloc and packed as ptr << 32 | len. */
IMPORT("text") uint64_t env_text(int32_t size);

#include "counting_allocator.h"

/* ---- well-behaved calls, to show what still works and what is refused ---- */

EXPORT("Add") int32_t Add(int32_t a, int32_t b) { return a + b; }

/* Guest-owned copy of the argument: valid until the next call of Echo. */
static char *echo_buffer;

EXPORT("Echo")
void Echo(go_string *result, const char *s, int32_t len) {
    free(echo_buffer);
    echo_buffer = malloc(len > 0 ? (size_t)len : 1);
    if (echo_buffer == NULL) {
        __builtin_trap();
    }
    memcpy(echo_buffer, s, (size_t)len);
    result->ptr = echo_buffer;
    result->len = len;
}

/* `func NoWrite() string` that forgets to store its result. */
EXPORT("NoWrite")
void NoWrite(go_string *result) {
    (void)result;
}

/* ---- faults ---- */

static void write_all(int fd, const char *text) { write(fd, text, strlen(text)); }

/* TinyGo prints a panic in pieces ("panic: ", the message, "\n") and then traps on `unreachable`. */
static void panic_to(int fd, const char *message, int32_t len) {
    write_all(fd, "panic: ");
    write(fd, message, (size_t)len);
    write_all(fd, "\n");
    __builtin_trap();
}

EXPORT("PanicStdout") void PanicStdout(const char *s, int32_t len) { panic_to(1, s, len); }

/* The allocator of host results: TinyGo's panics when its heap cannot grow, here above 1 MiB. */
EXPORT("PanickingMalloc")
void *PanickingMalloc(size_t size) {
    static const char out_of_memory[] = "runtime error: out of memory";
    if (size > (1 << 20)) {
        panic_to(2, out_of_memory, (int32_t)(sizeof out_of_memory - 1));
    }
    return guest_malloc(size);
}

/* Gets a string of `size` bytes from the host, frees it, and returns its length. */
EXPORT("TextLength")
int32_t TextLength(int32_t size) {
    uint64_t text = env_text(size);
    guest_free((void *)(uintptr_t)(text >> 32));
    return (int32_t)(uint32_t)text;
}
EXPORT("PanicStderr") void PanicStderr(const char *s, int32_t len) { panic_to(2, s, len); }

/* Ordinary output, then a trap: not a panic. */
EXPORT("PrintThenTrap")
void PrintThenTrap(void) {
    write_all(1, "about to fail\n");
    __builtin_trap();
}

/*
 * Reverses the argument into a guest-owned buffer; panics when it starts with "panic", so that a pool loses an
 * instance now and then.
 */
static char reversed[256];

EXPORT("Reverse")
void Reverse(go_string *result, const char *s, int32_t len) {
    if (len >= 5 && memcmp(s, "panic", 5) == 0) {
        panic_to(2, s, len);
    }
    if (len > (int32_t)sizeof reversed) {
        __builtin_trap();
    }
    for (int32_t i = 0; i < len; i++) {
        reversed[i] = s[len - 1 - i];
    }
    result->ptr = reversed;
    result->len = len;
}

/* Traps with an 8 KiB shadow-stack frame live: the stack pointer is never restored. */
EXPORT("TrapWithFrame")
int32_t TrapWithFrame(int32_t x) {
    volatile char frame[8192];
    for (int i = 0; i < (int)sizeof frame; i += 512) {
        frame[i] = (char)x;
    }
    if (frame[0] == (char)x) {
        __builtin_trap();
    }
    return frame[512];
}

/* Calls a host function that throws, with a live 8 KiB frame. */
EXPORT("FailInHost")
int32_t FailInHost(int32_t x) {
    volatile char frame[8192];
    frame[0] = (char)x;
    env_fail();
    return frame[0];
}

/* Calls the host, which calls back into an export of this instance; returns what the host returned plus one. */
EXPORT("CallBack") int32_t CallBack(int32_t x) { return env_call_back(x) + 1; }

/* Runs until the host stops it. */
EXPORT("Spin")
int32_t Spin(void) {
    volatile int32_t counter = 0;
    for (;;) {
        counter++;
    }
    return counter;
}

/* Grows memory one page at a time until memory.grow fails, then returns the number of pages it reached. */
EXPORT("GrowUntilRefused")
int32_t GrowUntilRefused(void) {
    while (__builtin_wasm_memory_grow(0, 1) != (size_t)-1) {
    }
    return (int32_t)__builtin_wasm_memory_size(0);
}

/* WASI proc_exit in the middle of a call. */
EXPORT("ExitMidCall") void ExitMidCall(int32_t code) { _Exit(code); }

/* Recursion without end: exhausts the host's call stack (or the shadow stack first, which traps). */
#pragma clang diagnostic push
#pragma clang diagnostic ignored "-Winfinite-recursion"
EXPORT("Recurse")
int32_t Recurse(int32_t depth) {
    volatile int32_t keep = depth;
    return Recurse(keep + 1) + keep;
}
#pragma clang diagnostic pop

/* A string header pointing past the end of memory. */
EXPORT("OutOfBounds")
void OutOfBounds(go_string *result) {
    result->ptr = (const char *)(uintptr_t)0xFFFFFFF0u;
    result->len = 100;
}

/* A packed host-owned result whose region lies outside memory: the host must neither read nor free it. */
EXPORT("OutOfBoundsPacked")
uint64_t OutOfBoundsPacked(void) { return ((uint64_t)0xFFFFFFF0u << 32) | 100u; }

/* A packed host-owned result done right, allocated through the counting allocator. */
EXPORT("HostOwned")
uint64_t HostOwned(const char *s, int32_t len) {
    char *copy = guest_malloc(len > 0 ? (size_t)len : 1);
    memcpy(copy, s, (size_t)len);
    return ((uint64_t)(uintptr_t)copy << 32) | (uint32_t)len;
}
