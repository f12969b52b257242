;; A guest with a counting bump allocator, for the runtime's unit tests: `live` tells how many blocks are
;; allocated and not yet freed, so a test can prove that every call frees what it allocated.
(module
  (memory (export "memory") 1)
  (global $next (mut i32) (i32.const 1024))
  (global $live (mut i32) (i32.const 0))

  (func (export "malloc") (param $size i32) (result i32)
    (local $block i32)
    ;; like a C malloc that cannot grow memory: a request this large fails with 0
    (if (i32.ge_u (local.get $size) (i32.const 60000))
      (then (return (i32.const 0))))
    (local.set $block (global.get $next))
    ;; keep blocks 8-aligned, as a C malloc does
    (global.set $next (i32.and (i32.add (i32.add (global.get $next) (local.get $size)) (i32.const 7))
                               (i32.const -8)))
    (global.set $live (i32.add (global.get $live) (i32.const 1)))
    (local.get $block))

  (func (export "free") (param $block i32)
    (global.set $live (i32.sub (global.get $live) (i32.const 1))))

  (func (export "live") (result i32) (global.get $live))

  ;; echo(retptr, ptr, len): returns its string argument through the return area
  (func (export "echo") (param $ret i32) (param $ptr i32) (param $len i32)
    (i32.store (local.get $ret) (local.get $ptr))
    (i32.store offset=4 (local.get $ret) (local.get $len)))

  ;; pair(ptr, len): returns a string header as two results, as a guest built for multi-value returns it
  (func (export "pair") (param $ptr i32) (param $len i32) (result i32 i32)
    (local.get $ptr)
    (local.get $len))

  ;; trap(ptr, len): receives a string, then traps
  (func (export "trap") (param $ptr i32) (param $len i32)
    unreachable)

  ;; outside(retptr): returns a string header pointing past the end of memory
  (func (export "outside") (param $ret i32)
    (i32.store (local.get $ret) (i32.const 65530))
    (i32.store offset=4 (local.get $ret) (i32.const 100)))

  ;; recurse(): never returns; exhausts whatever call stack the engine has
  (func $recurse (export "recurse")
    (call $recurse))
)
