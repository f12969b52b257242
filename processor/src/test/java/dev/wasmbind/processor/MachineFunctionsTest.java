package dev.wasmbind.processor;

import static dev.wasmbind.processor.Compilations.assertErrors;
import static dev.wasmbind.processor.Compilations.classOutput;
import static dev.wasmbind.processor.Compilations.compile;
import static dev.wasmbind.processor.Compilations.source;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.ValType;
import com.google.testing.compile.Compilation;
import com.squareup.javapoet.ClassName;
import dev.wasmbind.runtime.internal.Allocator;
import dev.wasmbind.runtime.internal.ExportSpec;
import dev.wasmbind.runtime.internal.WasmSignature;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A binding calls a compiled function directly only where the compiler made exactly the method the binding's
 * declaration needs; anything else keeps the call through Chicory.
 */
class MachineFunctionsTest {
    private static final WasmSignature ADD = WasmSignature.builder().i32("a").i32("b").returns(ValType.I32);

    private static Map<String, byte[]> output;
    private static MachineFunctions greeter;
    private static WasmModule module;

    @BeforeAll
    static void compileGreeter() throws IOException {
        Compilation compilation = compile(source("p.Greeter",
                "package p;",
                "import dev.wasmbind.*;",
                "@WasmModule(\"greeter.wasm\") interface Greeter {",
                "  @Export(\"Add\") int add(int a, int b);",
                "}"));
        assertErrors(compilation);
        output = classOutput(compilation);
        List<byte[]> classFiles = output.entrySet().stream()
                .filter(file -> file.getKey().startsWith("p/GreeterWasmMachine"))
                .map(Map.Entry::getValue)
                .toList();
        greeter = MachineFunctions.read(classFiles);
        module = Parser.parse(Files.readAllBytes(Compilations.MODULES.resolve("greeter.wasm")));
    }

    @Test
    void findsTheMethodOfAnExportDeclaredAsTheModuleHasIt() {
        assertThat(greeter.forExports(module, List.of(export("Add", ADD)), "p")).isEqualTo(
                Map.of("Add", new DirectFunction(ClassName.get("p", "GreeterWasmMachineFuncGroup_0"), "func_4")));
    }

    @Test
    void leavesOutAnExportDeclaredWithOtherTypes() {
        WasmSignature wide = WasmSignature.builder().i64("a").i64("b").returns(ValType.I64);
        WasmSignature noResult = WasmSignature.builder().i32("a").i32("b").returns();
        WasmSignature oneParameter = WasmSignature.builder().i32("a").returns(ValType.I32);

        assertThat(greeter.forExports(module,
                List.of(export("Add", wide), export("Add", noResult), export("Add", oneParameter)), "p")).isEmpty();
    }

    @Test
    void leavesOutWhatTheModuleDoesNotExportAsAFunction() {
        assertThat(greeter.forExports(module, List.of(export("Subtract", ADD), export("memory", ADD)), "p"))
                .isEmpty();
    }

    @Test
    void leavesOutAMethodOutsideTheBindingsPackage() {
        assertThat(greeter.forExports(module, List.of(export("Add", ADD)), "q")).isEmpty();
    }

    @Test
    void leavesOutAFunctionOfSeveralResults() {
        assertThat(MachineFunctions.descriptor(WasmSignature.builder().returns(ValType.I32, ValType.I32))).isEmpty();
    }

    @Test
    void describesTheMethodOfEachValueType() {
        assertThat(MachineFunctions.descriptor(WasmSignature.builder()
                        .i32("a").i64("b").f32("c").f64("d").returns(ValType.F64)))
                .contains("(IJFDLcom/dylibso/chicory/runtime/Memory;Lcom/dylibso/chicory/runtime/Instance;)D");
        assertThat(MachineFunctions.descriptor(WasmSignature.builder().returns()))
                .contains("(Lcom/dylibso/chicory/runtime/Memory;Lcom/dylibso/chicory/runtime/Instance;)V");
        assertThatThrownBy(() -> MachineFunctions.javaType(ValType.V128)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void findsNothingInClassesWithoutFunctionMethods() {
        // the machine's own class dispatches through call(int, long[]) and call_indirect_N, and has no func_N
        MachineFunctions machineOnly = MachineFunctions.read(List.of(output.get("p/GreeterWasmMachine.class")));

        assertThat(machineOnly.forExports(module, List.of(export("Add", ADD)), "p")).isEmpty();
    }

    private static ExportSpec export(String name, WasmSignature signature) {
        return new ExportSpec(name, "int add(int a, int b)", signature, Allocator.NONE);
    }
}
