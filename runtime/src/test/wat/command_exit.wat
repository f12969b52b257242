;; A command-style guest (older TinyGo `-target=wasi` builds): `_start` runs main and ends with proc_exit(0),
;; which must count as a normal end. `exit` exits mid-call, as Go's os.Exit does.
(module
  (import "wasi_snapshot_preview1" "proc_exit" (func $proc_exit (param i32)))
  (memory (export "memory") 1)
  (global $started (mut i32) (i32.const 0))
  (func (export "_start")
    (global.set $started (i32.const 1))
    (call $proc_exit (i32.const 0)))
  (func (export "started") (result i32) (global.get $started))
  (func (export "exit") (param $code i32) (call $proc_exit (local.get $code)))
)
