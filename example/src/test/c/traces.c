/*
 * End-to-end test guest for the guest's stack in a failed call's trace: calls that trap several named functions
 * deep, with a host function in the middle of the stack, a host function that throws, and a recursion deeper than
 * the trace shows. One function carries a Rust symbol, as a Rust module's name section has them.
 * Built by example/build-guests.sh twice: traces.wasm keeps its name section, traces_stripped.wasm has none.
 *
 * Every call below is followed by work on its result, so that it stays a call of its own: the optimiser neither
 * inlines the functions (noinline) nor turns a call into a jump or a loop.
 */
#include <stdint.h>

#define EXPORT(name) __attribute__((export_name(name)))
#define IMPORT(name) __attribute__((import_module("env"), import_name(name)))
#define FRAME __attribute__((noinline))

/* Calls back into the guest's Trap(depth) from Java. */
IMPORT("call_back") int32_t env_call_back(int32_t depth);
/* Throws a Java exception. */
IMPORT("fail") void env_fail(void);

volatile int32_t sink;

/* Traps when the nesting is deeper than 2. */
FRAME static int32_t check_depth(int32_t depth) {
    if (depth > 2) {
        __builtin_trap();
    }
    sink = depth;
    return depth;
}

FRAME static int32_t parse_field(int32_t depth) {
    return check_depth(depth + 1) * 3;
}

/* As rustc names `traces::parse_record`; the linker writes it as traces::parse_record::h0123456789abcdef. */
FRAME int32_t parse_record(int32_t depth) __asm__("_ZN6traces12parse_record17h0123456789abcdefE");
FRAME int32_t parse_record(int32_t depth) {
    return parse_field(depth + 1) + 1;
}

/* Trap(0) runs Trap -> parse_record -> parse_field -> check_depth(2) and returns; Trap(1) traps in check_depth. */
EXPORT("Trap")
int32_t Trap(int32_t depth) {
    return parse_record(depth) + 7;
}

FRAME static int32_t ask_host(int32_t depth) {
    return env_call_back(depth + 1) * 2;
}

/* TrapViaHost -> ask_host -> env.call_back(depth + 1), whose Java calls Trap(depth + 1). */
EXPORT("TrapViaHost")
int32_t TrapViaHost(int32_t depth) {
    return ask_host(depth) + 5;
}

FRAME static void report(int32_t code) {
    env_fail();
    sink = code;
}

/* FailInHost -> report -> env.fail, which throws. */
EXPORT("FailInHost")
void FailInHost(int32_t code) {
    report(code);
    sink = code + 1;
}

FRAME static int32_t recurse(int32_t n) {
    if (n == 0) {
        __builtin_trap();
    }
    int32_t below = recurse(n - 1);
    sink = below;
    return below + n;
}

/* Recurse(n) runs recurse n + 1 deep and traps in the innermost one. */
EXPORT("Recurse")
int32_t Recurse(int32_t n) {
    return recurse(n) + 1;
}
