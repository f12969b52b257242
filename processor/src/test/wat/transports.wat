;; Exports whose types decide how a binding passes its strings and arrays: the processor picks the lowering that
;; matches each. The bodies do nothing useful; only the types matter to the compile-time check.
(module
  (memory (export "memory") 1)
  (func (export "malloc") (param i32) (result i32) (i32.const 1024))
  (func (export "free") (param i32))

  ;; digest(ptr, size uint32) uint64: bytes as (ptr, len), a scalar result
  (func (export "Digest") (param i32 i32) (result i64) (i64.const 0))
  ;; echo(ptr, size uint32) uint64: bytes as (ptr, len), the result packed as ptr << 32 | len
  (func (export "Echo") (param i32 i32) (result i64) (i64.const 0))
  ;; five i32: one of two slices passed as (ptr, len), the other as (ptr, len, cap); which one, the type cannot say
  (func (export "Both") (param i32 i32 i32 i32 i32))
  ;; two Go slices, as declared
  (func (export "Slices") (param i32 i32 i32 i32 i32 i32))
  ;; ten slices as (ptr, len): as many ways to pass them as the processor tries (2^10)
  (func (export "Ten") (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32))
  ;; eleven slices as (ptr, len): more ways than the processor tries, so the declaration is kept
  (func (export "Eleven")
    (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32))
  ;; pair(ptr, size uint32) (uint32, uint32) with multi-value: returns its argument as the values (ptr, len)
  (func (export "Pair") (param $ptr i32) (param $len i32) (result i32 i32)
    (local.get $ptr) (local.get $len)))
