/*
 * A guest that exports no allocator, as TinyGo with -gc=boehm or the wasm-unknown target and Go 1.24's
 * //go:wasmexport build them: only scalars can cross. Built by example/build-guests.sh.
 */
#include <stdint.h>

#define EXPORT(name) __attribute__((export_name(name)))

EXPORT("add")
int32_t add(int32_t a, int32_t b) {
    return a + b;
}

/* Takes a string: a binding that declares it cannot copy the argument in, since there is no allocator. */
EXPORT("length")
int32_t length(const char *text, uint32_t len) {
    (void)text;
    return (int32_t)len;
}
