;; A guest whose calls fail some functions deep, for the runtime's tests of the guest's stack in a failed call's
;; trace: `trap` traps three functions deep when its argument is positive; `via_host` calls the host function
;; env.call_back in the middle of its stack; `recurse` calls itself n + 1 deep and traps in the innermost call.
;; Built with its name section (wat2wasm --debug-names); one function has a Rust symbol for its name.
(module $traces
  (import "env" "call_back" (func $call_back (param i32) (result i32)))
  (memory (export "memory") 1)

  (func $inner (param $depth i32) (result i32)
    (if (i32.gt_s (local.get $depth) (i32.const 0)) (then unreachable))
    (local.get $depth))

  (func $_ZN6traces6middle17h0123456789abcdefE (param $depth i32) (result i32)
    (i32.add (call $inner (local.get $depth)) (i32.const 1)))

  (func $trap (export "trap") (param $depth i32) (result i32)
    (i32.mul (call $_ZN6traces6middle17h0123456789abcdefE (local.get $depth)) (i32.const 2)))

  (func $via_host (export "via_host") (param $depth i32) (result i32)
    (i32.add (call $call_back (local.get $depth)) (i32.const 1)))

  (func $recurse (export "recurse") (param $n i32) (result i32)
    (if (i32.eqz (local.get $n)) (then unreachable))
    (i32.add (call $recurse (i32.sub (local.get $n) (i32.const 1))) (i32.const 1)))
)
