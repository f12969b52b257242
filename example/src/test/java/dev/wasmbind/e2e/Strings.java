package dev.wasmbind.e2e;

import dev.wasmbind.Export;
import dev.wasmbind.HostFrees;
import dev.wasmbind.PackedResult;
import dev.wasmbind.WasmModule;

@WasmModule("types.wasm")
public interface Strings {
    @Export("EchoString")
    String echo(String s);

    @Export("StringByteLength")
    int byteLength(String s);

    @Export("Concat")
    String concat(String a, String b);

    @Export("EmptyString")
    String empty();

    @Export("NullEmptyString")
    String nullEmpty();

    @Export("Repeat")
    String repeat(String s, int times);

    @Export("FirstByte")
    int firstByte(String s);

    /** Go: {@code func GreetingPacked(ptr, size uint32) uint64}, bytes from malloc that the caller frees. */
    @Export("GreetingPacked")
    @PackedResult
    @HostFrees
    String greetingPacked(String name);

    /** A string result from malloc, returned through the return area, that the caller frees. */
    @Export("OwnedString")
    @HostFrees
    String owned(String s);

    @Export("LiveAllocations")
    int liveAllocations();
}
