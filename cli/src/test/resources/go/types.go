// Go declarations standing for part of example/src/test/c/types.c: the Go functions whose TinyGo build would have
// the ABI the C guest has. Test input for the drafting command; never built. Exports left out here are drafted from
// the module alone.
package main

// #include <stdlib.h>
import "C"

import "unsafe"

//export EchoInt32
func EchoInt32(x int32) int32 { return x }

//export EchoInt64
func EchoInt64(x int64) int64 { return x }

//export EchoFloat32
func EchoFloat32(x float32) float32 { return x }

//export EchoFloat64
func EchoFloat64(x float64) float64 { return x }

//export Not
func Not(x bool) bool { return !x }

//export EchoInt8
func EchoInt8(x int8) int8 { return x }

//export EchoUint8
func EchoUint8(x uint8) uint8 { return x }

//export EchoInt16
func EchoInt16(x int16) int16 { return x }

//export EchoUint16
func EchoUint16(x uint16) uint16 { return x }

//export EchoUint32
func EchoUint32(x uint32) uint32 { return x }

//export Mixed
func Mixed(a int32, b int64, c float32, d float64, e bool) float64 {
	return float64(a) + float64(b) + float64(c) + d + b2f(e)
}

//export EchoString
func EchoString(s string) string { return s }

//export Concat
func Concat(a, b string) string { return a + b }

//export Repeat
func Repeat(s string, n int32) string { return strings.Repeat(s, int(n)) }

//export EchoBytes
func EchoBytes(b []byte) []byte { return append([]byte(nil), b...) }

//export SumBytes
func SumBytes(b []byte) (sum int64) {
	for _, v := range b {
		sum += int64(v)
	}
	return
}

//export EchoInt32s
func EchoInt32s(v []int32) []int32 { return v }

//export EchoFloat64s
func EchoFloat64s(v []float64) []float64 { return v }

//export MakeBytes
func MakeBytes(n int32, fill uint8) []byte { return bytes.Repeat([]byte{fill}, int(n)) }

//export DivMod
func DivMod(a, b int32) (q, r int32) {
	return a / b, a % b
}

//export MinMax
func MinMax(vals []float64) (min, max float64, count int32) {
	// "}" in a comment and in a string "{" do not end the body
	count = int32(len(vals))
	return
}

//export Person
func Person(name string, age int32) person { return person{name: name, age: age} }

//export GreetingPacked
func GreetingPacked(ptr, size uint32) uint64 {
	name := unsafe.String((*byte)(unsafe.Pointer(uintptr(ptr))), size)
	out := leak("Hello, " + name + "!")
	return uint64(uintptr(out))<<32 | uint64(len(name)+8)
}

//export OwnedString
func OwnedString(s string) string {
	return unsafe.String((*byte)(leak("owned:"+s)), len(s)+6)
}

// leak copies s into memory from C.malloc, which the caller frees.
func leak(s string) unsafe.Pointer {
	p := C.malloc(C.size_t(len(s)))
	copy(unsafe.Slice((*byte)(p), len(s)), s)
	return p
}

//export Increment
func Increment() { counter++ }

//export Counter
func Counter() int32 { return counter }
