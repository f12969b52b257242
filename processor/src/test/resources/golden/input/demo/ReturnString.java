package demo;

import dev.wasmbind.Export;
import dev.wasmbind.WasmModule;

/** The README example. */
@WasmModule("greeter.wasm")
public interface ReturnString {
    @Export("ReturnString")
    String returnString();

    @Export("Greet")
    String greet(String name);

    @Export("Add")
    int add(int a, int b);
}
