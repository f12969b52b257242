;; A guest that imports env.pair with two slices, one of them without its cap: which one cannot be told from the
;; type alone.
(module
  (import "env" "pair" (func (param i32 i32 i32 i32 i32)))
  (memory (export "memory") 1))
