package dev.wasmbind.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wasmbind.cli.GoFunction.Param;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GoSourceReaderTest {

    private static List<GoFunction> read(String... lines) {
        return GoSourceReader.read("x.go", String.join("\n", lines) + "\n");
    }

    @Test
    void groupedParametersShareTheirType() {
        GoFunction f = read("//export f", "func f(x, y uint32, s string, b []byte) {}").get(0);

        assertThat(f.params()).containsExactly(new Param("x", "uint32"), new Param("y", "uint32"),
                new Param("s", "string"), new Param("b", "[]byte"));
        assertThat(f.results()).isEmpty();
        assertThat(f.directive()).contains(new GoFunction.Export("f", List.of("//export f")));
        assertThat(f.line()).isEqualTo(2);
        assertThat(f.location()).isEqualTo("x.go:2");
    }

    @Test
    void resultsNamedUnnamedAndSingle() {
        List<GoFunction> functions = read(
                "func a() (q, r int32) { return 1, 2 }",
                "func b() (int32, error) { return 0, nil }",
                "func c() string { return \"}\" }",
                "func d() interface{} { return nil }",
                "func e(p *T, u unsafe.Pointer, f func(int) int, ch chan int) {}");

        assertThat(functions).extracting(GoFunction::name).containsExactly("a", "b", "c", "d", "e");
        assertThat(functions.get(0).results()).containsExactly(new Param("q", "int32"), new Param("r", "int32"));
        assertThat(functions.get(1).results()).containsExactly(new Param("", "int32"), new Param("", "error"));
        assertThat(functions.get(2).results()).containsExactly(new Param("", "string"));
        assertThat(functions.get(2).body()).hasValueSatisfying(body -> assertThat(body).doesNotContain("}"));
        assertThat(functions.get(3).results()).containsExactly(new Param("", "interface{}"));
        assertThat(functions.get(4).params()).containsExactly(new Param("p", "*T"), new Param("u", "unsafe.Pointer"),
                new Param("f", "func(int) int"), new Param("ch", "chan int"));
    }

    @Test
    void unnamedParametersAreTypes() {
        assertThat(read("func f(int32, []byte) {}").get(0).params())
                .containsExactly(new Param("", "int32"), new Param("", "[]byte"));
    }

    @Test
    void directivesOfEveryKind() {
        List<GoFunction> functions = read(
                "//go:wasmexport greet",
                "func _greet(ptr, size uint32) {}",
                "",
                "//go:wasmimport env log",
                "func _log(ptr, size uint32)",
                "",
                "//go:wasm-module env",
                "//export old_log",
                "func oldLog(ptr uint32, size uint32)",
                "",
                "//export default_module",
                "func defaultModule()",
                "",
                "//go:wasm-module sum",
                "//export add",
                "func add(x, y uint32) uint32 {",
                "\treturn x + y",
                "}");

        assertThat(functions).extracting(f -> f.directive().orElseThrow()).containsExactly(
                new GoFunction.Export("greet", List.of("//go:wasmexport greet")),
                new GoFunction.Import("env", "log", List.of("//go:wasmimport env log")),
                new GoFunction.Import("env", "old_log", List.of("//go:wasm-module env", "//export old_log")),
                new GoFunction.Import("env", "default_module", List.of("//export default_module")),
                new GoFunction.Export("add", List.of("//export add")));
        assertThat(functions.get(1).body()).isEmpty();
        assertThat(functions.get(4).signature()).isEqualTo("func add(x, y uint32) uint32");
        assertThat(functions.get(2).directive().orElseThrow().quoted())
                .isEqualTo("`//go:wasm-module env` and `//export old_log`");
    }

    @Test
    void onlyTheDocCommentRightAboveCounts() {
        List<GoFunction> functions = read(
                "//export detached",
                "",
                "func f() {}",
                "// f2 does things.",
                "//",
                "//export attached",
                "func f2() {}");

        assertThat(functions.get(0).directive()).isEmpty();
        assertThat(functions.get(1).directive())
                .contains(new GoFunction.Export("attached", List.of("//export attached")));
    }

    @Test
    void methodsGenericsAndNestedFunctionsAreNotTopLevelFunctions() {
        List<GoFunction> functions = read(
                "func (r *T) Method() {}",
                "func Generic[T any](t T) {}",
                "func outer() {",
                "\tf := func() {}",
                "\t_ = `",
                "func notAFunction() {}",
                "`",
                "\t/* } */",
                "}",
                "func after() {}");

        assertThat(functions).extracting(GoFunction::name).containsExactly("outer", "after");
    }

    @Test
    void bodiesKeepCodeAndBlankCommentsAndLiterals() {
        GoFunction f = read(
                "func f() {",
                "\t// C.malloc(1) in a comment",
                "\ts := \"malloc(2)\"",
                "\tp := C.malloc(3)",
                "}").get(0);

        assertThat(f.body()).hasValueSatisfying(body -> assertThat(body)
                .contains("p := C.malloc(3)")
                .doesNotContain("malloc(1)", "malloc(2)"));
        assertThat(f.directive()).isEqualTo(Optional.empty());
    }

    @Test
    void aDeclarationTheTextEndsInIsNoFunction() {
        assertThat(read("func f(x int")).isEmpty();
        assertThat(read("func f() (int")).isEmpty();
        assertThat(read("func f() {", "\treturn")).isEmpty();
        assertThat(read("func f() struct{")).isEmpty();
        assertThat(read("func ok() {}", "func f(")).extracting(GoFunction::name).containsExactly("ok");
    }
}
