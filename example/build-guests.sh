#!/usr/bin/env bash
# Builds the WebAssembly guest modules used by the example and by the tests, and writes them next to the code
# that loads them:
#   example/src/main/c/*.c       -> example/src/main/resources/*.wasm
#   example/src/test/c/*.c       -> example/src/test/resources/*.wasm
#   benchmarks/src/main/c/*.c    -> benchmarks/src/main/resources/*.wasm
#   kotlin-example/src/main/c/*.c -> kotlin-example/src/main/resources/*.wasm
#   runtime/src/test/wat/*.wat   -> runtime/src/test/resources/modules/*.wasm
#   runtime/src/test/wat/named/*.wat -> the same, with a name section
#   processor/src/test/wat/*.wat -> processor/src/test/resources/modules/*.wasm
#
# The C guests stand in for TinyGo programs: clang lowers them with the same wasm32 C ABI and is given the
# features of TinyGo's wasip1 target, and they are reactors (they export _initialize, like
# `tinygo build -buildmode=c-shared`), but for command.c, a command. The output is deterministic: rebuilding
# gives identical bytes.
#
# Needs these Debian packages: clang-19, lld-19 (wasm-ld-19), wasi-libc, libclang-rt-19-dev-wasm32, wabt.
# Run it from anywhere; commit the .wasm files it writes.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"

CLANG=${CLANG:-clang-19}
WAT2WASM=${WAT2WASM:-wat2wasm}

for tool in "$CLANG" "$WAT2WASM"; do
    if ! command -v "$tool" >/dev/null; then
        echo "build-guests.sh: $tool not found; install clang-19 lld-19 wasi-libc libclang-rt-19-dev-wasm32 wabt" >&2
        exit 1
    fi
done

# TinyGo's targets/wasip1.json features.
TINYGO_FEATURES=(-mbulk-memory -mnontrapping-fptoint -msign-ext -mno-multivalue -mno-reference-types
    -mmutable-globals)

# Exports the libc allocator; the test guests that include counting_allocator.h export counting wrappers instead.
LIBC_ALLOCATOR=(-Wl,--export=malloc -Wl,--export=free -Wl,--export=calloc -Wl,--export=realloc)

# build_c SOURCE OUTPUT [EXTRA FLAGS...]
build_c() {
    local source=$1 output=$2
    shift 2
    "$CLANG" --target=wasm32-wasi -mexec-model=reactor -O2 "${TINYGO_FEATURES[@]}" \
        -std=c11 -Wall -Wextra \
        -Wl,--strip-debug "$@" -o "$output" "$source"
    chmod 644 "$output" # wasm-ld marks its output executable; these are data files
    echo "built $output"
}

# build_wat SOURCE_DIR OUTPUT_DIR [EXTRA FLAGS...]: every .wat in SOURCE_DIR.
build_wat() {
    local source_dir=$1 output_dir=$2 source
    shift 2
    mkdir -p "$output_dir"
    for source in "$source_dir"/*.wat; do
        [[ -e $source ]] || continue
        local output="$output_dir/$(basename "${source%.wat}").wasm"
        "$WAT2WASM" "$@" "$source" -o "$output"
        echo "built $output"
    done
}

mkdir -p src/main/resources src/test/resources ../benchmarks/src/main/resources ../kotlin-example/src/main/resources

build_c src/main/c/return_string.c src/main/resources/return_string.wasm "${LIBC_ALLOCATOR[@]}"
build_c src/test/c/types.c src/test/resources/types.wasm
build_c src/test/c/host.c src/test/resources/host.wasm
build_c src/test/c/hostile.c src/test/resources/hostile.wasm
build_c src/test/c/payloads.c src/test/resources/payloads.wasm
build_c src/test/c/handles.c src/test/resources/handles.wasm
build_c src/test/c/keeper.c src/test/resources/keeper.wasm
# conventions.c once per allocator convention: C and TinyGo, Zig, Rust (both namings), TinyGo4J; and a Rust-style
# plugin that packs results as len << 32 | ptr
build_c src/test/c/conventions.c src/test/resources/alloc_c.wasm -DALLOCATE_NAME=\"malloc\" -DFREE_NAME=\"free\"
build_c src/test/c/conventions.c src/test/resources/alloc_zig.wasm -DALLOCATE_NAME=\"malloc\" -DFREE_NAME=\"free\" \
    -DSIZED_FREE
build_c src/test/c/conventions.c src/test/resources/alloc_rust.wasm -DALLOCATE_NAME=\"alloc\" -DFREE_NAME=\"dealloc\" \
    -DSIZED_FREE
build_c src/test/c/conventions.c src/test/resources/alloc_rust_allocate.wasm -DALLOCATE_NAME=\"allocate\" \
    -DFREE_NAME=\"deallocate\" -DSIZED_FREE
build_c src/test/c/conventions.c src/test/resources/alloc_tinygo4j.wasm -DALLOCATE_NAME=\"wasm_malloc\" \
    -DFREE_NAME=\"wasm_free\"
build_c src/test/c/conventions.c src/test/resources/alloc_len_high.wasm -DALLOCATE_NAME=\"alloc\" -DFREE_NAME=\"dealloc\" \
    -DSIZED_FREE -DLEN_HIGH
build_c src/test/c/canonical.c src/test/resources/canonical.wasm
# sink.c twice: slices passed to the host as TinyGo passes them, and as (ptr, len)
build_c src/test/c/sink.c src/test/resources/sink_go.wasm -DGO_SLICES
build_c src/test/c/sink.c src/test/resources/sink_ptr_len.wasm
build_c src/test/c/no_allocator.c src/test/resources/no_allocator.wasm
build_c src/test/c/traces.c src/test/resources/traces.wasm
# the same module without a name section, as a release build stripped of its symbols ships
build_c src/test/c/traces.c src/test/resources/traces_stripped.wasm -Wl,--strip-all
# a command (exports _start, runs main), as `tinygo build -target=wasip1` makes without -buildmode=c-shared
build_c src/test/c/command.c src/test/resources/command.wasm -mexec-model=command
build_c ../benchmarks/src/main/c/bench.c ../benchmarks/src/main/resources/bench.wasm "${LIBC_ALLOCATOR[@]}"
build_c ../benchmarks/src/main/c/large.c ../benchmarks/src/main/resources/large.wasm
build_c ../kotlin-example/src/main/c/greeter.c ../kotlin-example/src/main/resources/greeter.wasm "${LIBC_ALLOCATOR[@]}"

build_wat ../runtime/src/test/wat ../runtime/src/test/resources/modules
build_wat ../runtime/src/test/wat/named ../runtime/src/test/resources/modules --debug-names
build_wat ../processor/src/test/wat ../processor/src/test/resources/modules
