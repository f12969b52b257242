package host;

import com.dylibso.chicory.runtime.HostFunction;
import com.dylibso.chicory.wasm.types.ValType;
import dev.wasmbind.WasmBindGenerated;
import dev.wasmbind.runtime.internal.Abi;
import dev.wasmbind.runtime.internal.HostCall;
import dev.wasmbind.runtime.internal.HostFunctions;
import dev.wasmbind.runtime.internal.HostModuleBinding;
import dev.wasmbind.runtime.internal.ImportSpec;
import dev.wasmbind.runtime.internal.RuntimeContract;
import dev.wasmbind.runtime.internal.WasmSignature;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;

@Generated("dev.wasmbind.processor.WasmBindProcessor")
@WasmBindGenerated
public final class EnvHostFunctions {
  private static final ImportSpec LOG = ImportSpec.of("log", "void log(String message)",
      WasmSignature.builder().i32("message.ptr").i32("message.len").returns());

  private static final ImportSpec ADD = ImportSpec.of("add", "int add(int a, int b)",
      WasmSignature.builder().i32("a").i32("b").returns(ValType.I32));

  private static final ImportSpec EVERY_PARAMETER = ImportSpec.of("params", "void everyParameter(boolean flag, byte b, @Unsigned byte ub, short s, @Unsigned short us, char c, int i, @Unsigned long u, long l, float f, double d, String text, byte[] bytes, int[] ints, long[] longs, float[] floats, double[] doubles)",
      WasmSignature.builder().i32("flag").i32("b").i32("ub").i32("s").i32("us").i32("c").i32("i")
          .i32("u").i64("l").f32("f").f64("d").i32("text.ptr").i32("text.len").i32("bytes.ptr")
          .i32("bytes.len").i32("bytes.cap").i32("ints.ptr").i32("ints.len").i32("ints.cap")
          .i32("longs.ptr").i32("longs.len").i32("longs.cap").i32("floats.ptr").i32("floats.len")
          .i32("floats.cap").i32("doubles.ptr").i32("doubles.len").i32("doubles.cap").returns());

  private static final ImportSpec FLAG = ImportSpec.of("flag", "boolean flag()",
      WasmSignature.builder().returns(ValType.I32));

  private static final ImportSpec INT8 = ImportSpec.of("int8", "byte int8()",
      WasmSignature.builder().returns(ValType.I32));

  private static final ImportSpec UINT8 = ImportSpec.of("uint8", "@Unsigned byte uint8()",
      WasmSignature.builder().returns(ValType.I32));

  private static final ImportSpec INT16 = ImportSpec.of("int16", "short int16()",
      WasmSignature.builder().returns(ValType.I32));

  private static final ImportSpec UINT16 = ImportSpec.of("uint16", "@Unsigned short uint16()",
      WasmSignature.builder().returns(ValType.I32));

  private static final ImportSpec LETTER = ImportSpec.of("letter", "char letter()",
      WasmSignature.builder().returns(ValType.I32));

  private static final ImportSpec UINT32 = ImportSpec.of("uint32", "@Unsigned long uint32()",
      WasmSignature.builder().returns(ValType.I32));

  private static final ImportSpec INT64 = ImportSpec.of("int64", "long int64()",
      WasmSignature.builder().returns(ValType.I64));

  private static final ImportSpec FLOAT32 = ImportSpec.of("float32", "float float32()",
      WasmSignature.builder().returns(ValType.F32));

  private static final ImportSpec FLOAT64 = ImportSpec.of("float64", "double float64()",
      WasmSignature.builder().returns(ValType.F64));

  private static final ImportSpec CONFIG = ImportSpec.allocatedBy("config", "String config(String key)", "wasm_malloc",
      WasmSignature.builder().i32("key.ptr").i32("key.len").returns(ValType.I64));

  private static final ImportSpec PAYLOAD = ImportSpec.guestOwnedResult("payload", "byte[] payload()",
      WasmSignature.builder().returns(ValType.I64));

  public static final HostModuleBinding BINDING = HostModuleBinding.builder(RuntimeContract.V5, "env", "host.Env")
      .function(LOG)
      .function(ADD)
      .function(EVERY_PARAMETER)
      .function(FLAG)
      .function(INT8)
      .function(UINT8)
      .function(INT16)
      .function(UINT16)
      .function(LETTER)
      .function(UINT32)
      .function(INT64)
      .function(FLOAT32)
      .function(FLOAT64)
      .function(CONFIG)
      .function(PAYLOAD)
      .build();

  private EnvHostFunctions() {
  }

  /**
   * The host functions that call {@code env}.
   */
  public static List<HostFunction> of(Env env) {
    Objects.requireNonNull(env, "env");
    return List.of(
        HostFunctions.define(BINDING, LOG, call -> {
          env.log(call.string(0));
          return HostFunctions.none();
        }),
        HostFunctions.defineScalar(BINDING, ADD, args -> HostFunctions.value(env.add(HostCall.i32(args,
            0), HostCall.i32(args, 1)))),
        HostFunctions.define(BINDING, EVERY_PARAMETER, call -> {
          env.everyParameter(call.bool(0), (byte) call.i32(1), (byte) call.i32(2),
              (short) call.i32(3), (short) call.i32(4), (char) call.i32(5), call.i32(6),
              call.u32(7), call.i64(8), call.f32(9), call.f64(10), call.string(11), call.bytes(13),
              call.ints(16), call.longs(19), call.floats(22), call.doubles(25));
          return HostFunctions.none();
        }),
        HostFunctions.defineScalar(BINDING, FLAG, args -> HostFunctions.value(Abi.bool(env.flag()))),
        HostFunctions.defineScalar(BINDING, INT8, args -> HostFunctions.value(env.int8())),
        HostFunctions.defineScalar(BINDING, UINT8, args -> HostFunctions.value(Abi.u8(env.uint8()))),
        HostFunctions.defineScalar(BINDING, INT16, args -> HostFunctions.value(env.int16())),
        HostFunctions.defineScalar(BINDING, UINT16, args -> HostFunctions.value(Abi.u16(env.uint16()))),
        HostFunctions.defineScalar(BINDING, LETTER, args -> HostFunctions.value(Abi.u16(env.letter()))),
        HostFunctions.defineScalar(BINDING, UINT32, args -> HostFunctions.value(Abi.u32(env.uint32()))),
        HostFunctions.defineScalar(BINDING, INT64, args -> HostFunctions.value(env.int64())),
        HostFunctions.defineScalar(BINDING, FLOAT32, args -> HostFunctions.value(Abi.f32(env.float32()))),
        HostFunctions.defineScalar(BINDING, FLOAT64, args -> HostFunctions.value(Abi.f64(env.float64()))),
        HostFunctions.define(BINDING, CONFIG, call -> HostFunctions.value(call.stringToGuest(env.config(call.string(0))))),
        HostFunctions.define(BINDING, PAYLOAD, call -> HostFunctions.value(call.bytesToGuest(env.payload()))));
  }
}
