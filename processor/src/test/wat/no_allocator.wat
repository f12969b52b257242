;; Like greeter.wat but without malloc and free: a binding that passes strings must be rejected.
(module
  (memory (export "memory") 1)
  (global (export "counter") (mut i32) (i32.const 0))

  (func (export "ReturnString") (param $retptr i32)
    (i32.store (local.get $retptr) (i32.const 0))
    (i32.store offset=4 (local.get $retptr) (i32.const 0)))

  (func (export "Greet") (param $retptr i32) (param $ptr i32) (param $len i32)
    (i32.store (local.get $retptr) (local.get $ptr))
    (i32.store offset=4 (local.get $retptr) (local.get $len)))

  (func (export "Add") (param i32 i32) (result i32)
    (i32.add (local.get 0) (local.get 1)))

  (func (export "_initialize")))
