;; A minimal TinyGo-shaped module for the processor's compile-time link check: the exports that the
;; demo.ReturnString binding expects, with trivial bodies. It only has to validate, not to work.
(module
  (memory (export "memory") 1)
  (global $heap (mut i32) (i32.const 1024))
  (global (export "counter") (mut i32) (i32.const 0))

  ;; Bump allocator: never frees.
  (func $malloc (export "malloc") (param $size i32) (result i32)
    (local $ptr i32)
    (local.set $ptr (global.get $heap))
    (global.set $heap (i32.add (local.get $ptr) (local.get $size)))
    (local.get $ptr))
  (func (export "free") (param i32))

  ;; func ReturnString() string: writes (ptr, len) to the return area.
  (func (export "ReturnString") (param $retptr i32)
    (i32.store (local.get $retptr) (i32.const 0))
    (i32.store offset=4 (local.get $retptr) (i32.const 0)))

  ;; func Greet(name string) string: echoes the name.
  (func (export "Greet") (param $retptr i32) (param $ptr i32) (param $len i32)
    (i32.store (local.get $retptr) (local.get $ptr))
    (i32.store offset=4 (local.get $retptr) (local.get $len)))

  (func (export "Add") (param i32 i32) (result i32)
    (i32.add (local.get 0) (local.get 1)))

  (func (export "_initialize")))
