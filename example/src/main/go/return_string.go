// The TinyGo program that example/src/main/c/return_string.c stands in for (TinyGo cannot be installed where the
// project is built): the same exports, with the same wasm32 ABI. Build it with
//   tinygo build -o return_string.wasm -target=wasip1 -buildmode=c-shared return_string.go
package main

//export ReturnString
func ReturnString() string { return "hello from TinyGo/WASM" }

//export Greet
func Greet(name string) string { return "Hello, " + name + "!" }

//export Add
func Add(a, b int32) int32 { return a + b }

func main() {}
