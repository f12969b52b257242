package main

// The Go stand-in of the processor's test module transports.wasm, built with multi-value enabled: Pair returns
// its string as the values (ptr, len), Echo packs its bytes by hand as ptr << 32 | len.

//export Echo
func Echo(ptr, size uint32) uint64 {
	return uint64(ptr)<<32 | uint64(size)
}

//export Pair
func Pair(s string) string {
	return s
}
