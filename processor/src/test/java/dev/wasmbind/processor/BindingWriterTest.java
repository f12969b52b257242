package dev.wasmbind.processor;

import static dev.wasmbind.processor.Models.binding;
import static dev.wasmbind.processor.Models.hostFrees;
import static dev.wasmbind.processor.Models.method;
import static dev.wasmbind.processor.Models.param;
import static dev.wasmbind.processor.kinds.PrimitiveKind.BOOLEAN;
import static dev.wasmbind.processor.kinds.PrimitiveKind.BYTE;
import static dev.wasmbind.processor.kinds.PrimitiveKind.CHAR;
import static dev.wasmbind.processor.kinds.PrimitiveKind.DOUBLE;
import static dev.wasmbind.processor.kinds.PrimitiveKind.FLOAT;
import static dev.wasmbind.processor.kinds.PrimitiveKind.INT;
import static dev.wasmbind.processor.kinds.PrimitiveKind.LONG;
import static dev.wasmbind.processor.kinds.PrimitiveKind.SHORT;
import static dev.wasmbind.processor.kinds.PrimitiveKind.UNSIGNED_BYTE;
import static dev.wasmbind.processor.kinds.PrimitiveKind.UNSIGNED_LONG;
import static dev.wasmbind.processor.kinds.PrimitiveKind.UNSIGNED_SHORT;
import static dev.wasmbind.processor.kinds.SequenceKind.BYTES;
import static dev.wasmbind.processor.kinds.SequenceKind.STRING;
import static org.assertj.core.api.Assertions.assertThat;

import com.squareup.javapoet.ClassName;
import dev.wasmbind.processor.kinds.SequenceKind;
import dev.wasmbind.processor.kinds.DirectResult;
import dev.wasmbind.processor.kinds.MultiValueResult;
import dev.wasmbind.processor.kinds.ResultRequest;
import dev.wasmbind.processor.kinds.Struct;
import dev.wasmbind.runtime.Engine;
import dev.wasmbind.runtime.internal.AllocatorNames;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The writer on hand-built models, without a compiler. */
class BindingWriterTest {

    private static String write(BindingDecl decl, Engine engine) {
        return BindingWriter.write(Lowering.lower(decl, engine), Optional.empty()).toString();
    }

    @Test
    void mirrorsTheAccessOfTheInterface() {
        BindingDecl visible = binding(method("add", INT, param("a", INT)));
        BindingDecl packagePrivate = new BindingDecl(visible.iface(), visible.resource(), visible.methods(),
                List.of(), List.of(), List.of(), false, Optional.empty());

        assertThat(write(visible, Engine.COMPILER)).contains("\npublic final class CalcWasm implements Calc");
        assertThat(write(packagePrivate, Engine.COMPILER)).contains("\nfinal class CalcWasm implements Calc");
    }

    @Test
    void callsScalarOnlyExportsWithoutAScope() {
        String code = write(binding(
                method("add", INT, param("a", INT), param("b", INT))), Engine.COMPILER);

        assertThat(code).contains("  public int add(int a, int b) {\n    return add.callI32(a, b);\n  }");
        assertThat(code).doesNotContain("CallScope").doesNotContain(".returnArea(");
    }

    @Test
    void convertsScalarsThroughAbi() {
        String code = write(binding(
                method("flag", BOOLEAN, param("z", BOOLEAN), param("ub", UNSIGNED_BYTE),
                        param("us", UNSIGNED_SHORT), param("c", CHAR), param("u", UNSIGNED_LONG),
                        param("f", FLOAT), param("d", DOUBLE), param("b", BYTE)),
                method("size", UNSIGNED_LONG),
                method("small", SHORT),
                method("letter", CHAR)), Engine.COMPILER);

        assertThat(code).contains("return Abi.toBool(flag.callI32(Abi.bool(z), Abi.u8(ub), Abi.u16(us), "
                + "Abi.u16(c), Abi.u32(u),\n        Abi.f32(f), Abi.f64(d), b));");
        assertThat(code).contains("return Abi.toU32(size.callI32());");
        assertThat(code).contains("return (short) small.callI32();");
        assertThat(code).contains("return (char) letter.callI32();");
    }

    @Test
    void documentsEachBoundMethodWithItsExportConventionAndOwner() {
        String code = write(binding(List.of(
                method("text", STRING).export(new MultiValueResult(STRING, ResultRequest.NONE)),
                hostFrees("ints", SequenceKind.INTS).export(
                        new MultiValueResult(SequenceKind.INTS, new ResultRequest(false, false, true))))),
                Engine.COMPILER);

        assertThat(code).contains("  /**\n"
                + "   * Calls the guest's export {@code Text}, of wasm type\n"
                + "   * {@code () -> (i32, i32)}.\n"
                + "   * <p>The guest returns the result as the function's results {@code (ptr, len)}.\n"
                + "   * <p>The result's bytes stay the guest's: the binding copies them out and never frees them.\n"
                + "   */\n"
                + "  @Override\n"
                + "  public String text() {");
        assertThat(code).contains(
                "   * <p>The guest returns the result as the function's results {@code (ptr, len, cap)}.\n"
                + "   * <p>The result's bytes are the host's ({@code @HostFrees}): the binding copies them out, then\n"
                + "   * frees them with the guest's {@code free}.\n"
                + "   */\n"
                + "  @Override\n"
                + "  public int[] ints() {");
    }

    /** The module names its exports: no name may end the comment or start a unicode escape in it. */
    @Test
    void writesAnExportNameOfOtherCharactersThanIdentifiersAsEntities() {
        String code = write(binding(List.of(new ExportMethodDecl("odd", "*/\\u000a", List.of(),
                new DirectResult(INT, INT), false))), Engine.COMPILER);

        assertThat(code).contains("   * Calls the guest's export <code>&#42;&#47;&#92;&#117;&#48;&#48;&#48;&#97;</code>,");
    }

    @Test
    void printsTheBindingItChecked() {
        BindingModel model = Lowering.lower(binding(
                method("greet", STRING, param("name", STRING)),
                method("add", INT, param("a", INT), param("b", INT))), Engine.COMPILER);
        String code = BindingWriter.write(model, Optional.empty()).toString();

        assertThat(code).contains("""
                  private static final ExportSpec GREET = ExportSpec.of("Greet", "String greet(String name)", Allocator.ALLOCATE,
                      WasmSignature.builder().returnPointer().i32("name.ptr").i32("name.len").returns());

                  private static final ExportSpec ADD = ExportSpec.of("Add", "int add(int a, int b)", Allocator.NONE,
                      WasmSignature.builder().i32("a").i32("b").returns(ValType.I32));

                  private static final ModuleBinding BINDING = ModuleBinding.builder(RuntimeContract.V5, "demo.Calc", "calc.wasm")
                      .export(GREET)
                      .export(ADD)
                """);
        assertThat(code).contains(".returnArea(" + model.binding().returnAreaSize() + ")")
                .doesNotContain(".allocator(");
    }

    @Test
    void namesTheAllocatorItWasGiven() {
        BindingDecl recognised = binding(method("greet", STRING, param("name", STRING)));
        BindingDecl decl = new BindingDecl(recognised.iface(), recognised.resource(), recognised.methods(),
                List.of(), List.of(), List.of(), true, Optional.of(new AllocatorNames("cabi_realloc", "")));

        assertThat(write(decl, Engine.COMPILER)).contains("""
                      .allocator("cabi_realloc", "")
                      .returnArea(8)
                """);
    }

    @Test
    void keepsFieldAndConstantNamesApartFromEachOtherAndFromGuestBindingAndMachine() {
        BindingDecl decl = binding(List.of(
                new Models.Decl("guest", "Guest", List.of(), Optional.empty(), ResultRequest.NONE).export(),
                new Models.Decl("add", "AddInt", List.of(param("a", INT)), Optional.of(INT), ResultRequest.NONE)
                        .export(),
                new Models.Decl("add", "AddLong", List.of(param("a", LONG)), Optional.of(LONG), ResultRequest.NONE)
                        .export(),
                new Models.Decl("BINDING", "Binding", List.of(), Optional.empty(), ResultRequest.NONE).export(),
                new Models.Decl("machine", "Machine", List.of(), Optional.empty(), ResultRequest.NONE).export()));
        String code = write(decl, Engine.COMPILER);

        assertThat(code).contains("private final Guest guest;")
                .contains("private final GuestFunction guest_;")
                .contains("private final GuestFunction add;")
                .contains("private final GuestFunction add_;")
                .contains("private static final ExportSpec GUEST = ExportSpec.of(\"Guest\", ")
                .contains("private static final ExportSpec ADD = ExportSpec.of(\"AddInt\", ")
                .contains("private static final ExportSpec ADD_ = ExportSpec.of(\"AddLong\", ")
                .contains("private static final ExportSpec BINDING_ = ExportSpec.of(\"Binding\", ")
                .contains("private static final ExportSpec MACHINE_ = ExportSpec.of(\"Machine\", ")
                .contains("private final GuestFunction BINDING__;")
                .contains("this.guest_ = guest.function(GUEST);")
                .contains("this.add_ = guest.function(ADD_);")
                .contains("this.BINDING__ = guest.function(BINDING_);")
                .contains("this.machine = guest.function(MACHINE_);")
                .contains(".export(GUEST)\n      .export(ADD)\n      .export(ADD_)\n      .export(BINDING_)\n"
                        + "      .export(MACHINE_)\n")
                .contains("return add_.callI64(a);");
    }

    @Test
    void keepsLocalNamesApartFromParameters() {
        String code = write(binding(method("greet", STRING,
                param("call", STRING), param("returnArea", INT), param("callBuffer", BYTES),
                param("guest", INT), param("greet", INT))), Engine.COMPILER);

        assertThat(code).contains("try (CallScope call_ = this.guest.enter()) {")
                .contains("int returnArea_ = call_.returnArea(8);")
                .contains("GuestBuffer callBuffer_ = call_.writeString(call);")
                .contains("GuestBuffer callBufferBuffer = call_.writeBytes(callBuffer);")
                .contains("this.greet.callVoid(returnArea_, callBuffer_.address(), callBuffer_.length(), returnArea,");
    }

    @Test
    void readsRecordsAtTheirOffsets() {
        Struct divMod = Struct.of(ClassName.get("demo", "DivMod"), List.of(
                new Struct.Member("quotient", INT), new Struct.Member("remainder", INT),
                new Struct.Member("label", STRING)));
        String code = write(binding(method("divMod", divMod, param("a", INT))), Engine.COMPILER);

        assertThat(code).contains("return new DivMod(call.readI32(returnArea), call.readI32(returnArea + 4),\n"
                + "          call.readString(call.bufferAt(returnArea + 8)));");
    }

    @Test
    void startsTheBuilderWithTheConfiguredEngine() {
        assertThat(write(binding(), Engine.INTERPRETER))
                .contains("super(CalcWasm.class, BINDING, Engine.INTERPRETER);");
        assertThat(write(binding(), Engine.COMPILER))
                .contains("super(CalcWasm.class, BINDING, Engine.COMPILER);");
    }

    @Test
    void qualifiesTypesThatTheInterfaceShadowsWithItsMemberTypes() {
        BindingDecl decl = new BindingDecl(Models.IFACE, "calc.wasm",
                List.of(Models.declared(method("name", STRING).export())), List.of("Guest", "String"), List.of(), List.of(), true,
                Optional.empty());
        String code = write(decl, Engine.COMPILER);

        assertThat(code).contains("private final dev.wasmbind.runtime.internal.Guest guest;")
                .contains("public java.lang.String name() {");
    }

    @Test
    void marksTheClassGeneratedWithoutATimestamp() {
        String code = write(binding(), Engine.COMPILER);

        assertThat(code).contains("@Generated(\"dev.wasmbind.processor.WasmBindProcessor\")\n@WasmBindGenerated\n"
                + "public final class CalcWasm implements Calc, AutoCloseable {");
        assertThat(code).doesNotContain("date");
    }

    @Test
    void writesTheSameTextEveryTime() {
        BindingDecl decl = binding(method("greet", STRING, param("name", STRING)));

        assertThat(write(decl, Engine.COMPILER)).isEqualTo(write(decl, Engine.COMPILER));
    }
}
