;; A guest under the canonical ABI, for the runtime's unit tests: cabi_realloc and no free, and a cabi_post_<export>
;; that releases a result once the host has read it. Each post-return counts itself in `posts`, remembers the values
;; it was given, and wipes the text it releases, as a guest that reuses freed memory may. `exhaust` calls the host
;; function test.heap, which runs out of heap.
(module
  (import "test" "heap" (func $heap))
  (memory (export "memory") 1)
  (data (i32.const 16) "canonical")
  (global $next (mut i32) (i32.const 1024))
  (global $posts (mut i32) (i32.const 0))
  (global $posted_ptr (mut i32) (i32.const 0))
  (global $posted_len (mut i32) (i32.const 0))

  (func $realloc (export "cabi_realloc")
    (param $old i32) (param $old_size i32) (param $align i32) (param $size i32) (result i32)
    (local $block i32)
    (local.set $block (global.get $next))
    (global.set $next (i32.and (i32.add (i32.add (global.get $next) (local.get $size)) (i32.const 7))
                               (i32.const -8)))
    (local.get $block))

  ;; a fresh copy of "canonical", 9 bytes
  (func $copy (result i32)
    (local $block i32)
    (local.set $block (call $realloc (i32.const 0) (i32.const 0) (i32.const 1) (i32.const 9)))
    (memory.copy (local.get $block) (i32.const 16) (i32.const 9))
    (local.get $block))

  (func $release (param $ptr i32) (param $len i32)
    (global.set $posts (i32.add (global.get $posts) (i32.const 1)))
    (global.set $posted_ptr (local.get $ptr))
    (global.set $posted_len (local.get $len))
    (memory.fill (local.get $ptr) (i32.const 0) (local.get $len)))

  ;; text(): the copy, packed as ptr << 32 | len
  (func (export "text") (result i64)
    (i64.or (i64.shl (i64.extend_i32_u (call $copy)) (i64.const 32)) (i64.const 9)))

  (func (export "cabi_post_text") (param $packed i64)
    (call $release (i32.wrap_i64 (i64.shr_u (local.get $packed) (i64.const 32))) (i32.wrap_i64 (local.get $packed))))

  ;; pair(): the copy, as the two results (ptr, len)
  (func (export "pair") (result i32 i32)
    (call $copy)
    (i32.const 9))

  (func (export "cabi_post_pair") (param $ptr i32) (param $len i32)
    (call $release (local.get $ptr) (local.get $len)))

  ;; doomed(): returns 7, and its post-return traps
  (func (export "doomed") (result i32) (i32.const 7))

  (func (export "cabi_post_doomed") (param i32) unreachable)

  (func (export "trap") unreachable)

  (func (export "exhaust") (call $heap))

  (func (export "posts") (result i32) (global.get $posts))
  (func (export "posted_ptr") (result i32) (global.get $posted_ptr))
  (func (export "posted_len") (result i32) (global.get $posted_len))
)
