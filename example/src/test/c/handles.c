/*
 * End-to-end test guest for opaque Java references (@Handle): the guest gets i32 handles for Java objects, keeps
 * them, passes them back, hands them to host functions, and releases them through wasmbind.release_handle, as a
 * Go guest does with //go:wasmimport wasmbind release_handle. It never looks inside.
 * Built by example/build-guests.sh.
 */
#include <stdint.h>

#include "counting_allocator.h"

#define EXPORT(name) __attribute__((export_name(name)))
#define IMPORT(module, name) __attribute__((import_module(module), import_name(name)))

/* A Java counter: made by the host, incremented by the host, named by a handle here. */
IMPORT("env", "new_counter") int32_t env_new_counter(const char *name, int32_t len);
IMPORT("env", "increment") int32_t env_increment(int32_t counter);
IMPORT("wasmbind", "release_handle") void release_handle(int32_t handle);

static int32_t kept;

/* Returns the handle it was given. */
EXPORT("Pass") int32_t Pass(int32_t handle) { return handle; }

/* The same for a record the host passes as a handle. */
EXPORT("PassPoint") int32_t PassPoint(int32_t handle) { return handle; }

/* The handle's number, for tests to compare. */
EXPORT("Raw") int32_t Raw(int32_t handle) { return handle; }

/* Returns a number the test chooses as if it were a handle. */
EXPORT("Forge") int32_t Forge(int32_t raw) { return raw; }

/* Keeps a handle across calls. */
EXPORT("Keep") void Keep(int32_t handle) { kept = handle; }
EXPORT("Kept") int32_t Kept(void) { return kept; }

/* The guest is done with the object. */
EXPORT("Release") void Release(int32_t handle) { release_handle(handle); }

/* Makes a counter named `name`, increments it `times` times, releases it and returns its last value. */
EXPORT("CountTo")
int32_t CountTo(const char *name, int32_t len, int32_t times) {
    int32_t counter = env_new_counter(name, len);
    int32_t value = 0;
    for (int32_t i = 0; i < times; i++) {
        value = env_increment(counter);
    }
    release_handle(counter);
    return value;
}

/* Hands the host a number the test chooses as if it were a counter's handle. */
EXPORT("IncrementRaw") int32_t IncrementRaw(int32_t raw) { return env_increment(raw); }
