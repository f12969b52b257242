;; A guest that imports a function of the same name and type from two host modules, env and other: a note of an id
;; and a string.
(module
  (import "env" "note" (func (param i64 i32 i32)))
  (import "other" "note" (func (param i64 i32 i32)))
  (memory (export "memory") 1))
