/*
 * End-to-end test guest for host functions that take slices, built twice: with -DGO_SLICES it passes each slice as
 * TinyGo does, (ptr, len, cap); without, as Rust, Zig and C do, (ptr, len). One host interface serves both modules.
 * Built by example/build-guests.sh.
 */
#include <stdint.h>

#ifdef GO_SLICES
#define SLICE(type, name) type name##_ptr, int32_t name##_len, int32_t name##_cap
/* a capacity beyond the length, as a Go slice often has: the host reads len elements */
#define PASS(ptr, len) (ptr), (len), (len) + 4
#else
#define SLICE(type, name) type name##_ptr, int32_t name##_len
#define PASS(ptr, len) (ptr), (len)
#endif

__attribute__((import_module("sink"), import_name("write")))
void sink_write(SLICE(const uint8_t *, data));

__attribute__((import_module("sink"), import_name("sum")))
int64_t sink_sum(int32_t scale, SLICE(const int32_t *, values), SLICE(const uint8_t *, tag));

static const uint8_t bytes[] = {1, 2, 3, 250};
static const int32_t values[] = {10, -20, 35};
static const uint8_t tag[] = {'t', 'o', 't', 'a', 'l'};

/* Writes four bytes to the host, then returns what the host makes of three ints and a tag. */
__attribute__((export_name("Run")))
int64_t Run(void) {
    sink_write(PASS(bytes, 4));
    return sink_sum(3, PASS(values, 3), PASS(tag, 5));
}
