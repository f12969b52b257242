package host;

import com.dylibso.chicory.runtime.HostFunction;
import com.dylibso.chicory.wasm.types.ValType;
import dev.wasmbind.WasmBindGenerated;
import dev.wasmbind.runtime.internal.Abi;
import dev.wasmbind.runtime.internal.HostCall;
import dev.wasmbind.runtime.internal.HostFunctions;
import dev.wasmbind.runtime.internal.HostModuleBinding;
import dev.wasmbind.runtime.internal.RuntimeContract;
import dev.wasmbind.runtime.internal.WasmSignature;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;

@Generated("dev.wasmbind.processor.WasmBindProcessor")
@WasmBindGenerated
public final class EnvHostFunctions {
  public static final HostModuleBinding BINDING = HostModuleBinding.builder(RuntimeContract.V4, "env", "host.Env")
      .function("log", "void log(String message)",
          WasmSignature.builder().i32("message.ptr").i32("message.len").returns())
      .function("add", "int add(int a, int b)",
          WasmSignature.builder().i32("a").i32("b").returns(ValType.I32))
      .function("params", "void everyParameter(boolean flag, byte b, @Unsigned byte ub, short s, @Unsigned short us, char c, int i, @Unsigned long u, long l, float f, double d, String text, byte[] bytes, int[] ints, long[] longs, float[] floats, double[] doubles)",
          WasmSignature.builder().i32("flag").i32("b").i32("ub").i32("s").i32("us").i32("c")
              .i32("i").i32("u").i64("l").f32("f").f64("d").i32("text.ptr").i32("text.len")
              .i32("bytes.ptr").i32("bytes.len").i32("bytes.cap").i32("ints.ptr").i32("ints.len")
              .i32("ints.cap").i32("longs.ptr").i32("longs.len").i32("longs.cap").i32("floats.ptr")
              .i32("floats.len").i32("floats.cap").i32("doubles.ptr").i32("doubles.len")
              .i32("doubles.cap").returns())
      .function("flag", "boolean flag()",
          WasmSignature.builder().returns(ValType.I32))
      .function("int8", "byte int8()",
          WasmSignature.builder().returns(ValType.I32))
      .function("uint8", "@Unsigned byte uint8()",
          WasmSignature.builder().returns(ValType.I32))
      .function("int16", "short int16()",
          WasmSignature.builder().returns(ValType.I32))
      .function("uint16", "@Unsigned short uint16()",
          WasmSignature.builder().returns(ValType.I32))
      .function("letter", "char letter()",
          WasmSignature.builder().returns(ValType.I32))
      .function("uint32", "@Unsigned long uint32()",
          WasmSignature.builder().returns(ValType.I32))
      .function("int64", "long int64()",
          WasmSignature.builder().returns(ValType.I64))
      .function("float32", "float float32()",
          WasmSignature.builder().returns(ValType.F32))
      .function("float64", "double float64()",
          WasmSignature.builder().returns(ValType.F64))
      .function("config", "String config(String key)", "wasm_malloc",
          WasmSignature.builder().i32("key.ptr").i32("key.len").returns(ValType.I64))
      .guestOwnedResult("payload", "byte[] payload()",
          WasmSignature.builder().returns(ValType.I64))
      .build();

  private EnvHostFunctions() {
  }

  /**
   * The host functions that call {@code env}.
   */
  public static List<HostFunction> of(Env env) {
    Objects.requireNonNull(env, "env");
    return List.of(
        HostFunctions.define(BINDING, 0, call -> {
          env.log(call.string(0));
          return HostFunctions.none();
        }),
        HostFunctions.defineScalar(BINDING, 1, args -> HostFunctions.value(env.add(HostCall.i32(args,
            0), HostCall.i32(args, 1)))),
        HostFunctions.define(BINDING, 2, call -> {
          env.everyParameter(call.bool(0), (byte) call.i32(1), (byte) call.i32(2),
              (short) call.i32(3), (short) call.i32(4), (char) call.i32(5), call.i32(6),
              call.u32(7), call.i64(8), call.f32(9), call.f64(10), call.string(11), call.bytes(13),
              call.ints(16), call.longs(19), call.floats(22), call.doubles(25));
          return HostFunctions.none();
        }),
        HostFunctions.defineScalar(BINDING, 3, args -> HostFunctions.value(Abi.bool(env.flag()))),
        HostFunctions.defineScalar(BINDING, 4, args -> HostFunctions.value(env.int8())),
        HostFunctions.defineScalar(BINDING, 5, args -> HostFunctions.value(Abi.u8(env.uint8()))),
        HostFunctions.defineScalar(BINDING, 6, args -> HostFunctions.value(env.int16())),
        HostFunctions.defineScalar(BINDING, 7, args -> HostFunctions.value(Abi.u16(env.uint16()))),
        HostFunctions.defineScalar(BINDING, 8, args -> HostFunctions.value(Abi.u16(env.letter()))),
        HostFunctions.defineScalar(BINDING, 9, args -> HostFunctions.value(Abi.u32(env.uint32()))),
        HostFunctions.defineScalar(BINDING, 10, args -> HostFunctions.value(env.int64())),
        HostFunctions.defineScalar(BINDING, 11, args -> HostFunctions.value(Abi.f32(env.float32()))),
        HostFunctions.defineScalar(BINDING, 12, args -> HostFunctions.value(Abi.f64(env.float64()))),
        HostFunctions.define(BINDING, 13, call -> HostFunctions.value(call.stringToGuest(env.config(call.string(0))))),
        HostFunctions.define(BINDING, 14, call -> HostFunctions.value(call.bytesToGuest(env.payload()))));
  }
}
