;; Exports of each result type, for the runtime's unit tests of the calls that read them.
(module
  (memory (export "memory") 1)

  (func (export "sum_i32") (param i32 i32 i32) (result i32)
    (i32.add (i32.add (local.get 0) (local.get 1)) (local.get 2)))

  (func (export "sum_i64") (param i64 i64 i64) (result i64)
    (i64.add (i64.add (local.get 0) (local.get 1)) (local.get 2)))

  (func (export "ratio_f32") (param i32 i32) (result f32)
    (f32.div (f32.convert_i32_s (local.get 0)) (f32.convert_i32_s (local.get 1))))

  (func (export "ratio_f64") (param i32 i32) (result f64)
    (f64.div (f64.convert_i32_s (local.get 0)) (f64.convert_i32_s (local.get 1))))
)
