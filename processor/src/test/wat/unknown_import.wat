;; A guest that imports env.log (which the binding may not declare) and WASI fd_write.
(module
  (import "env" "log" (func $log (param i32 i32)))
  (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (global $heap (mut i32) (i32.const 1024))

  (func (export "malloc") (param $size i32) (result i32)
    (local $ptr i32)
    (local.set $ptr (global.get $heap))
    (global.set $heap (i32.add (local.get $ptr) (local.get $size)))
    (local.get $ptr))
  (func (export "free") (param i32))

  (func (export "Greet") (param $retptr i32) (param $ptr i32) (param $len i32)
    (call $log (local.get $ptr) (local.get $len))
    (i32.store (local.get $retptr) (local.get $ptr))
    (i32.store offset=4 (local.get $retptr) (local.get $len))))
