;; The guest of the golden host.HostGuest binding: imports every function of host.Env (module "env") and of
;; host.HostGuest.Clock (module "clock"), lowered as TinyGo lowers //go:wasmimport, and exports functions that call
;; them so that tests can run the generated adapters.
(module
  (import "env" "log" (func $log (param i32 i32)))
  (import "env" "add" (func $add (param i32 i32) (result i32)))
  (import "env" "params" (func $params
    (param i32 i32 i32 i32 i32 i32 i32 i32 i64 f32 f64) ;; flag, b, ub, s, us, c, i, u, l, f, d
    (param i32 i32)                                     ;; text.ptr, text.len
    (param i32 i32 i32 i32 i32 i32 i32 i32 i32)         ;; bytes, ints, longs: ptr, len, cap
    (param i32 i32 i32 i32 i32 i32)))                   ;; floats, doubles: ptr, len, cap
  (import "env" "flag" (func (result i32)))
  (import "env" "int8" (func (result i32)))
  (import "env" "uint8" (func $uint8 (result i32)))
  (import "env" "int16" (func (result i32)))
  (import "env" "uint16" (func (result i32)))
  (import "env" "letter" (func (result i32)))
  (import "env" "uint32" (func $uint32 (result i32)))
  (import "env" "int64" (func (result i64)))
  (import "env" "float32" (func (result f32)))
  (import "env" "float64" (func (result f64)))
  (import "env" "config" (func (param i32 i32) (result i64)))
  (import "env" "payload" (func (result i64)))
  (import "clock" "now" (func $now (result i64)))

  (memory (export "memory") 1)
  (global $heap (mut i32) (i32.const 1024))

  (data (i32.const 16) "hi")
  (data (i32.const 32) "\01\02")
  (data (i32.const 48) "\03\00\00\00")                  ;; int32 3
  (data (i32.const 56) "\04\00\00\00\00\00\00\00")      ;; int64 4
  (data (i32.const 64) "\00\00\a0\40")                  ;; float32 5
  (data (i32.const 72) "\00\00\00\00\00\00\18\40")      ;; float64 6

  ;; Bump allocator: never frees. Exported twice: env.config's results are allocated with wasm_malloc.
  (export "wasm_malloc" (func $malloc))
  (func $malloc (export "malloc") (param $size i32) (result i32)
    (local $ptr i32)
    (local.set $ptr (global.get $heap))
    (global.set $heap (i32.add (local.get $ptr) (local.get $size)))
    (local.get $ptr))
  (func (export "free") (param i32))

  (func (export "Greet") (param $ptr i32) (param $len i32)
    (call $log (local.get $ptr) (local.get $len)))

  (func (export "Add") (param i32 i32) (result i32)
    (call $add (local.get 0) (local.get 1)))

  (func (export "Params")
    (call $params
      (i32.const 1) (i32.const -1) (i32.const 255) (i32.const -2) (i32.const 65535) (i32.const 65)
      (i32.const 7) (i32.const -1) (i64.const -3) (f32.const 1.5) (f64.const -2.5)
      (i32.const 16) (i32.const 2)
      (i32.const 32) (i32.const 2) (i32.const 2)
      (i32.const 48) (i32.const 1) (i32.const 1)
      (i32.const 56) (i32.const 1) (i32.const 1)
      (i32.const 64) (i32.const 1) (i32.const 1)
      (i32.const 72) (i32.const 1) (i32.const 1)))

  (func (export "Uint8") (result i32)
    (call $uint8))

  (func (export "Uint32") (result i32)
    (call $uint32))

  (func (export "Now") (result i64)
    (call $now)))
