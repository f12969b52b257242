package dev.wasmbind.processor;

import static dev.wasmbind.processor.Compilations.assertErrors;
import static dev.wasmbind.processor.Compilations.at;
import static dev.wasmbind.processor.Compilations.compile;
import static dev.wasmbind.processor.Compilations.source;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** {@code @Handle}: which types can be handles, and the code a handle parameter and result lower to. */
class HandlesValidationTest {
    @Test
    void aHandleIsAnI32ThatTheInstancesTableMapsBothWays() throws IOException {
        Compilation compilation = compile(source("p.Registry",
                "package p;",
                "import dev.wasmbind.*;",
                "@WasmModule(value = \"registry.wasm\", deferIfMissing = true) interface Registry {",
                "  @Handle Runnable swap(@Handle Runnable task, @Handle String[] names);",
                "}"));

        assertErrors(compilation);
        assertThat(compilation.generatedSourceFile("p.RegistryWasm").orElseThrow().getCharContent(true).toString())
                .contains("\"@Handle Runnable swap(@Handle Runnable task, @Handle String[] names)\"")
                .contains("WasmSignature.builder().i32(\"task\").i32(\"names\").returns(ValType.I32)")
                .contains("return guest.handles().get(swap.callI32(guest.handles().toGuest(task),\n"
                        + "        guest.handles().toGuest(names)), Runnable.class);");
    }

    @Test
    void aRecordParameterCanBeAHandleLikeAnyClassThoughNotPassedByValue() throws IOException {
        Compilation compilation = compile(source("p.Registry",
                "package p;",
                "import dev.wasmbind.*;",
                "@WasmModule(value = \"registry.wasm\", deferIfMissing = true) interface Registry {",
                "  record Point(int x, int y) {}",
                "  @Handle Point keep(@Handle Point point);",
                "  int sum(Point point);",
                "}"));

        assertErrors(compilation, at(6, Messages.recordParameter("p.Registry.Point", "point")));
        compilation = compile(source("p.Registry",
                "package p;",
                "import dev.wasmbind.*;",
                "@WasmModule(value = \"registry.wasm\", deferIfMissing = true) interface Registry {",
                "  record Point(int x, int y) {}",
                "  @Handle Point keep(@Handle Point point);",
                "}"));
        assertErrors(compilation);
        assertThat(compilation.generatedSourceFile("p.RegistryWasm").orElseThrow().getCharContent(true).toString())
                .contains("return guest.handles().get(keep.callI32(guest.handles().toGuest(point)), "
                        + "Registry.Point.class);");
    }

    @Test
    void hostFunctionsTakeRecordsAsHandlesButNotGenericOnes() throws IOException {
        Compilation compilation = compile(Compilations.typeWith("p.Env", "@HostModule(\"env\") interface Env {",
                "  record Box<T>(T value) {}",
                "  record Point(int x, int y) {}",
                "  int x(@Handle Point point);",
                "  int size(@Handle Box<String> box);"));

        assertErrors(compilation, at(7, Messages.handleWrongType("p.Env.Box<java.lang.String>")));
    }

    @Test
    void primitivesGenericsAndVoidCannotBeHandles() {
        Compilation compilation = compile(source("p.Registry",
                "package p;",
                "import dev.wasmbind.*;",
                "@WasmModule(value = \"registry.wasm\", deferIfMissing = true) interface Registry {",
                "  void put(@Handle int id);",
                "  void putAll(@Handle java.util.List<String> items);",
                "  @Handle void reset();",
                "}"));

        assertErrors(compilation,
                at(4, Messages.handleWrongType("int")),
                at(5, Messages.handleWrongType("java.util.List<java.lang.String>")),
                at(6, Messages.handleWrongType("void")));
    }

    @Test
    void aHandleResultNeedsNoGuestAllocator() {
        Compilation compilation = compile(Compilations.typeWith("p.Env", "@HostModule(\"env\") interface Env {",
                "  @Handle @GuestAllocator(\"wasm_malloc\") Thread current();"));

        assertErrors(compilation, at(4, Messages.guestAllocatorWrongType("@Handle java.lang.Thread")));
    }

    @Test
    void hostFunctionsTakeAndReturnHandles() throws IOException {
        Compilation compilation = compile(Compilations.typeWith("p.Env", "@HostModule(\"env\") interface Env {",
                "  @Handle Thread current();",
                "  int priority(@Handle Thread thread);"));

        assertErrors(compilation);
        assertThat(compilation.generatedSourceFile("p.EnvHostFunctions").orElseThrow().getCharContent(true)
                .toString())
                .contains("HostFunctions.value(call.handleToGuest(env.current()))")
                .contains("HostFunctions.value(env.priority(call.handle(0,\n");
    }
}
