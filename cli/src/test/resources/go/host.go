// Go declarations standing for example/src/test/c/host.c: the Go functions whose TinyGo build would have the ABI
// the C guest has. Test input for the drafting command; never built.
package main

//go:wasmimport env log
func log(message string)

//go:wasmimport env log_bytes
func logBytes(b []byte)

//go:wasmimport env add
func add(a, b int32) int32

//go:wasmimport env scale
func scale(x float64) float64

//go:wasmimport env scale32
func scale32(x float32) float32

//go:wasmimport env wide
func wide(x int64) int64

//go:wasmimport env check
func check(x bool) bool

//go:wasmimport env small
func small(a int8, b uint8, c int16, d uint16) int32

//go:wasmimport env fail
func fail()

//go:wasmimport env reenter
func reenter(x int32) int32

//export Greet
func Greet(name string) { log("wasm >> Hello, " + name + "!") }

//export LogBytes
func LogBytes(b []byte) { logBytes(b) }

//export CallAdd
func CallAdd(a, b int32) int32 { return add(a, b) }

//export CallSmall
func CallSmall(a int8, b uint8, c int16, d uint16) int32 { return small(a, b, c, d) }

//export Twice
func Twice(x int32) int32 { return 2 * x }
