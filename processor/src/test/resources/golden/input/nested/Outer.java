package nested;

import dev.wasmbind.Export;
import dev.wasmbind.WasmModule;

/** A binding nested in a class, inheriting methods, with parameter names that collide with generated names. */
public class Outer {
    public interface Base {
        @Export("Add")
        int add(int add, int guest);
    }

    @WasmModule("greeter.wasm")
    public interface Inner extends Base, AutoCloseable {
        @Export("Greet")
        String greet(String call);

        @Export("ReturnString")
        String returnString();

        /** Implemented by the generated class, which closes the guest; not bound to an export. */
        @Override
        void close();
    }
}
