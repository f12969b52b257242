package demo;

import dev.wasmbind.Export;
import dev.wasmbind.WasmModule;

/** The guest of the README: a TinyGo program's exports, declared as a Java interface. */
@WasmModule("return_string.wasm")
public interface ReturnString {
    @Export("ReturnString")
    String returnString();

    @Export("Greet")
    String greet(String name);

    @Export("Add")
    int add(int a, int b);
}
