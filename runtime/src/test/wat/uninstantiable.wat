;; A valid module that imports nothing, so its instances get no WASI context, and that cannot be instantiated:
;; its data segment ends one byte past its only page of memory.
(module
  (memory (export "memory") 1)
  (data (i32.const 65535) "ab")
  (func (export "live") (result i32) (i32.const 1))
)
