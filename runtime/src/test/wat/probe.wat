;; A guest that lets the runtime's tests see how it runs: `probe` calls the host function probe.seen, which
;; receives the Chicory instance (and so the engine running it); `print` writes "to fd <n>\n" to a WASI file
;; descriptor; `exit` exits mid-call. Its allocator only bumps, and its `free` traps: a guest whose free fails.
(module
  (import "probe" "seen" (func $seen))
  (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "proc_exit" (func $proc_exit (param i32)))
  (memory (export "memory") 1)
  ;; the text at 16 (its digit at 22), one iovec (ptr, len) at 0, fd_write's byte count at 8
  (data (i32.const 16) "to fd 0\n")
  (data (i32.const 0) "\10\00\00\00\08\00\00\00")
  (global $next (mut i32) (i32.const 1024))

  (func (export "malloc") (param $size i32) (result i32)
    (local $block i32)
    (local.set $block (global.get $next))
    (global.set $next (i32.add (global.get $next) (local.get $size)))
    (local.get $block))

  (func (export "free") (param $block i32) unreachable)

  (func (export "probe") (call $seen))

  (func (export "print") (param $fd i32)
    (i32.store8 (i32.const 22) (i32.add (i32.const 48) (local.get $fd)))
    (drop (call $fd_write (local.get $fd) (i32.const 0) (i32.const 1) (i32.const 8))))

  (func (export "exit") (param $code i32) (call $proc_exit (local.get $code)))
)
