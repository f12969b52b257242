;; A guest that reports what of the user's WASI options reached it: `environment` is the number of environment
;; variables, `preopened` is WASI's errno of asking for the first preopened directory (0 when there is one).
(module
  (import "wasi_snapshot_preview1" "environ_sizes_get" (func $environ_sizes_get (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_prestat_get" (func $fd_prestat_get (param i32 i32) (result i32)))
  (memory (export "memory") 1)

  (func (export "environment") (result i32)
    (drop (call $environ_sizes_get (i32.const 0) (i32.const 4)))
    (i32.load (i32.const 0)))

  (func (export "preopened") (result i32)
    (call $fd_prestat_get (i32.const 3) (i32.const 8)))
)
