;; Exports a Rust-style allocator (alloc, dealloc with the length) and the canonical ABI's cabi_realloc, so which
;; one the functions expect cannot be told; cabi_post_name takes an i32 where name returns an i64.
(module
  (memory (export "memory") 1)
  (global $next (mut i32) (i32.const 1024))

  (func $alloc (export "alloc") (param $size i32) (result i32)
    (local $at i32)
    (local.set $at (global.get $next))
    (global.set $next (i32.add (global.get $next) (local.get $size)))
    (local.get $at))
  (func (export "dealloc") (param i32 i32))
  (func (export "cabi_realloc") (param i32 i32 i32 i32) (result i32)
    (call $alloc (local.get 3)))

  (func (export "greet") (param $ptr i32) (param $len i32))
  (func (export "name") (result i64) (i64.const 0))
  (func (export "cabi_post_name") (param i32))
  (func (export "add") (param i32 i32) (result i32)
    (i32.add (local.get 0) (local.get 1))))
