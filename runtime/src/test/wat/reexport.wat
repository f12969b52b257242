;; A module that exports a function it imports, so the export's type comes from the import section.
(module
  (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
  (export "Write" (func $fd_write))
)
