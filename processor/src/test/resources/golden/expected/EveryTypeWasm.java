package types;

import com.dylibso.chicory.wasm.types.ValType;
import dev.wasmbind.WasmBindGenerated;
import dev.wasmbind.runtime.Engine;
import dev.wasmbind.runtime.internal.Abi;
import dev.wasmbind.runtime.internal.Allocator;
import dev.wasmbind.runtime.internal.BindingBuilder;
import dev.wasmbind.runtime.internal.BuildTimeMachine;
import dev.wasmbind.runtime.internal.CallScope;
import dev.wasmbind.runtime.internal.ExportSpec;
import dev.wasmbind.runtime.internal.Guest;
import dev.wasmbind.runtime.internal.GuestBuffer;
import dev.wasmbind.runtime.internal.GuestFunction;
import dev.wasmbind.runtime.internal.GuestPool;
import dev.wasmbind.runtime.internal.ModuleBinding;
import dev.wasmbind.runtime.internal.RuntimeContract;
import dev.wasmbind.runtime.internal.WasmSignature;
import javax.annotation.processing.Generated;

/**
 * Calls the wasm module {@code every_type.wasm} through {@link EveryType}: one guest instance,
 * one call at a time.
 * <p>Load one with {@link #load}, or configure it with {@link #builder()};
 * close it when done. For threads, share a {@link EveryTypeWasm.Pool} from {@link EveryTypeWasm.Builder#buildPool}.
 */
@Generated("dev.wasmbind.processor.WasmBindProcessor")
@WasmBindGenerated
public final class EveryTypeWasm implements EveryType, AutoCloseable {
  private static final ExportSpec SCALARS = ExportSpec.of("Scalars", "int scalars(boolean flag, byte b, short s, char c, int i, @Unsigned long u, long l, float f, double d)", Allocator.NONE,
      WasmSignature.builder().i32("flag").i32("b").i32("s").i32("c").i32("i").i32("u").i64("l")
          .f32("f").f64("d").returns(ValType.I32));

  private static final ExportSpec UNSIGNED = ExportSpec.of("Unsigned", "@Unsigned byte unsigned(@Unsigned short value)", Allocator.NONE,
      WasmSignature.builder().i32("value").returns(ValType.I32));

  private static final ExportSpec BYTES = ExportSpec.of("Bytes", "byte[] bytes(byte[] values)", Allocator.ALLOCATE,
      WasmSignature.builder().returnPointer().i32("values.ptr").i32("values.len")
          .i32("values.cap").returns());

  private static final ExportSpec INTS = ExportSpec.of("Ints", "int[] ints(int[] values)", Allocator.ALLOCATE,
      WasmSignature.builder().returnPointer().i32("values.ptr").i32("values.len")
          .i32("values.cap").returns());

  private static final ExportSpec LONGS = ExportSpec.of("Longs", "long[] longs(long[] values)", Allocator.ALLOCATE,
      WasmSignature.builder().returnPointer().i32("values.ptr").i32("values.len")
          .i32("values.cap").returns());

  private static final ExportSpec FLOATS = ExportSpec.of("Floats", "float[] floats(float[] values)", Allocator.ALLOCATE,
      WasmSignature.builder().returnPointer().i32("values.ptr").i32("values.len")
          .i32("values.cap").returns());

  private static final ExportSpec DOUBLES = ExportSpec.of("Doubles", "double[] doubles(double[] values)", Allocator.ALLOCATE_AND_FREE_RESULT,
      WasmSignature.builder().returnPointer().i32("values.ptr").i32("values.len")
          .i32("values.cap").returns());

  private static final ExportSpec RECORD = ExportSpec.of("Record", "Mixed record(String text)", Allocator.ALLOCATE,
      WasmSignature.builder().returnPointer().i32("text.ptr").i32("text.len").returns());

  private static final ExportSpec PACKED = ExportSpec.of("Packed", "String packed(String text)", Allocator.ALLOCATE_AND_FREE_RESULT,
      WasmSignature.builder().i32("text.ptr").i32("text.len").returns(ValType.I64));

  private static final ExportSpec NOTHING = ExportSpec.of("Nothing", "void nothing()", Allocator.NONE,
      WasmSignature.builder().returns());

  private static final ExportSpec WRAPPED = ExportSpec.of("Wrapped", "Wrapper wrapped(int value)", Allocator.NONE,
      WasmSignature.builder().i32("value").returns(ValType.I32));

  private static final ModuleBinding BINDING = ModuleBinding.builder(RuntimeContract.V5, "types.EveryType", "every_type.wasm")
      .export(SCALARS)
      .export(UNSIGNED)
      .export(BYTES)
      .export(INTS)
      .export(LONGS)
      .export(FLOATS)
      .export(DOUBLES)
      .export(RECORD)
      .export(PACKED)
      .export(NOTHING)
      .export(WRAPPED)
      .allocator("malloc", "free")
      .returnArea(136)
      .build();

  private static final BuildTimeMachine MACHINE = new BuildTimeMachine(
      "8f10504d468c97bea0ac6068d4fb62c72f6947f6a793bc5a72b9d1a453ce1972",
      "types/EveryTypeWasm.meta", instance -> new EveryTypeWasmMachine(instance));

  private final Guest guest;

  private final GuestFunction scalars;

  private final GuestFunction unsigned;

  private final GuestFunction bytes;

  private final GuestFunction ints;

  private final GuestFunction longs;

  private final GuestFunction floats;

  private final GuestFunction doubles;

  private final GuestFunction record;

  private final GuestFunction packed;

  private final GuestFunction nothing;

  private final GuestFunction wrapped;

  private final boolean callsDirectly;

  private EveryTypeWasm(Guest guest) {
    this.guest = guest;
    this.scalars = guest.function(SCALARS);
    this.unsigned = guest.function(UNSIGNED);
    this.bytes = guest.function(BYTES);
    this.ints = guest.function(INTS);
    this.longs = guest.function(LONGS);
    this.floats = guest.function(FLOATS);
    this.doubles = guest.function(DOUBLES);
    this.record = guest.function(RECORD);
    this.packed = guest.function(PACKED);
    this.nothing = guest.function(NOTHING);
    this.wrapped = guest.function(WRAPPED);
    this.callsDirectly = guest.runs(EveryTypeWasmMachine.class);
  }

  /**
   * A new instance of the {@code @WasmModule} resource with the default options.
   */
  public static EveryTypeWasm load() {
    return builder().build();
  }

  /**
   * Options for a new instance: the module, WASI, the engine, limits and host functions.
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Calls the guest's export {@code Scalars}, of wasm type
   * {@code (i32 flag, i32 b, i32 s, i32 c, i32 i, i32 u, i64 l, f32 f, f64 d) -> i32}.
   */
  @Override
  public int scalars(boolean flag, byte b, short s, char c, int i, long u, long l, float f,
      double d) {
    int result;
    if (callsDirectly) {
      int flagSlot = (int) Abi.bool(flag);
      int cSlot = (int) Abi.u16(c);
      int uSlot = (int) Abi.u32(u);
      boolean outermost = scalars.begin();
      try {
        result = EveryTypeWasmMachineFuncGroup_0.func_2(flagSlot, b, s, cSlot, i, uSlot, l, f, d,
            guest.machineMemory(), guest.machineInstance());
      } catch (Throwable thrown) {
        throw scalars.failed(outermost, thrown);
      }
      scalars.returned(outermost);
    } else {
      result = scalars.callI32(Abi.bool(flag), b, s, Abi.u16(c), i, Abi.u32(u), l, Abi.f32(f),
          Abi.f64(d));
    }
    return result;
  }

  /**
   * Calls the guest's export {@code Unsigned}, of wasm type
   * {@code (i32 value) -> i32}.
   */
  @Override
  public byte unsigned(short value) {
    int result;
    if (callsDirectly) {
      int valueSlot = (int) Abi.u16(value);
      boolean outermost = unsigned.begin();
      try {
        result = EveryTypeWasmMachineFuncGroup_0.func_3(valueSlot, guest.machineMemory(),
            guest.machineInstance());
      } catch (Throwable thrown) {
        throw unsigned.failed(outermost, thrown);
      }
      unsigned.returned(outermost);
    } else {
      result = unsigned.callI32(Abi.u16(value));
    }
    return (byte) result;
  }

  /**
   * Calls the guest's export {@code Bytes}, of wasm type
   * {@code (i32 retptr, i32 values.ptr, i32 values.len, i32 values.cap) -> nil}.
   * <p>String and array arguments are copied into guest memory for the call and freed when it
   * returns.
   * <p>The guest writes the result to a return area of 12 bytes, passed as the hidden first
   * argument {@code retptr}.
   * <p>The result's bytes stay the guest's: the binding copies them out and never frees them.
   */
  @Override
  public byte[] bytes(byte[] values) {
    try (CallScope call = guest.enter()) {
      int returnArea = call.returnArea(12);
      GuestBuffer valuesBuffer = call.writeBytes(values);
      if (callsDirectly) {
        try {
          EveryTypeWasmMachineFuncGroup_0.func_4(returnArea, valuesBuffer.address(),
              valuesBuffer.length(), valuesBuffer.length(), guest.machineMemory(),
              guest.machineInstance());
        } catch (Throwable thrown) {
          throw bytes.failedInScope(thrown);
        }
        bytes.returnedInScope();
      } else {
        bytes.callVoid(returnArea, valuesBuffer.address(), valuesBuffer.length(),
            valuesBuffer.length());
      }
      return call.readBytes(call.bufferAt(returnArea));
    }
  }

  /**
   * Calls the guest's export {@code Ints}, of wasm type
   * {@code (i32 retptr, i32 values.ptr, i32 values.len, i32 values.cap) -> nil}.
   * <p>String and array arguments are copied into guest memory for the call and freed when it
   * returns.
   * <p>The guest writes the result to a return area of 12 bytes, passed as the hidden first
   * argument {@code retptr}.
   * <p>The result's bytes stay the guest's: the binding copies them out and never frees them.
   */
  @Override
  public int[] ints(int[] values) {
    try (CallScope call = guest.enter()) {
      int returnArea = call.returnArea(12);
      GuestBuffer valuesBuffer = call.writeInts(values);
      if (callsDirectly) {
        try {
          EveryTypeWasmMachineFuncGroup_0.func_5(returnArea, valuesBuffer.address(),
              valuesBuffer.length(), valuesBuffer.length(), guest.machineMemory(),
              guest.machineInstance());
        } catch (Throwable thrown) {
          throw ints.failedInScope(thrown);
        }
        ints.returnedInScope();
      } else {
        ints.callVoid(returnArea, valuesBuffer.address(), valuesBuffer.length(),
            valuesBuffer.length());
      }
      return call.readInts(call.bufferAt(returnArea));
    }
  }

  /**
   * Calls the guest's export {@code Longs}, of wasm type
   * {@code (i32 retptr, i32 values.ptr, i32 values.len, i32 values.cap) -> nil}.
   * <p>String and array arguments are copied into guest memory for the call and freed when it
   * returns.
   * <p>The guest writes the result to a return area of 12 bytes, passed as the hidden first
   * argument {@code retptr}.
   * <p>The result's bytes stay the guest's: the binding copies them out and never frees them.
   */
  @Override
  public long[] longs(long[] values) {
    try (CallScope call = guest.enter()) {
      int returnArea = call.returnArea(12);
      GuestBuffer valuesBuffer = call.writeLongs(values);
      if (callsDirectly) {
        try {
          EveryTypeWasmMachineFuncGroup_0.func_6(returnArea, valuesBuffer.address(),
              valuesBuffer.length(), valuesBuffer.length(), guest.machineMemory(),
              guest.machineInstance());
        } catch (Throwable thrown) {
          throw longs.failedInScope(thrown);
        }
        longs.returnedInScope();
      } else {
        longs.callVoid(returnArea, valuesBuffer.address(), valuesBuffer.length(),
            valuesBuffer.length());
      }
      return call.readLongs(call.bufferAt(returnArea));
    }
  }

  /**
   * Calls the guest's export {@code Floats}, of wasm type
   * {@code (i32 retptr, i32 values.ptr, i32 values.len, i32 values.cap) -> nil}.
   * <p>String and array arguments are copied into guest memory for the call and freed when it
   * returns.
   * <p>The guest writes the result to a return area of 12 bytes, passed as the hidden first
   * argument {@code retptr}.
   * <p>The result's bytes stay the guest's: the binding copies them out and never frees them.
   */
  @Override
  public float[] floats(float[] values) {
    try (CallScope call = guest.enter()) {
      int returnArea = call.returnArea(12);
      GuestBuffer valuesBuffer = call.writeFloats(values);
      if (callsDirectly) {
        try {
          EveryTypeWasmMachineFuncGroup_0.func_7(returnArea, valuesBuffer.address(),
              valuesBuffer.length(), valuesBuffer.length(), guest.machineMemory(),
              guest.machineInstance());
        } catch (Throwable thrown) {
          throw floats.failedInScope(thrown);
        }
        floats.returnedInScope();
      } else {
        floats.callVoid(returnArea, valuesBuffer.address(), valuesBuffer.length(),
            valuesBuffer.length());
      }
      return call.readFloats(call.bufferAt(returnArea));
    }
  }

  /**
   * Calls the guest's export {@code Doubles}, of wasm type
   * {@code (i32 retptr, i32 values.ptr, i32 values.len, i32 values.cap) -> nil}.
   * <p>String and array arguments are copied into guest memory for the call and freed when it
   * returns.
   * <p>The guest writes the result to a return area of 12 bytes, passed as the hidden first
   * argument {@code retptr}.
   * <p>The result's bytes are the host's ({@code @HostFrees}): the binding copies them out, then
   * frees them with the guest's {@code free}.
   */
  @Override
  public double[] doubles(double[] values) {
    try (CallScope call = guest.enter()) {
      int returnArea = call.returnArea(12);
      GuestBuffer valuesBuffer = call.writeDoubles(values);
      if (callsDirectly) {
        try {
          EveryTypeWasmMachineFuncGroup_0.func_8(returnArea, valuesBuffer.address(),
              valuesBuffer.length(), valuesBuffer.length(), guest.machineMemory(),
              guest.machineInstance());
        } catch (Throwable thrown) {
          throw doubles.failedInScope(thrown);
        }
        doubles.returnedInScope();
      } else {
        doubles.callVoid(returnArea, valuesBuffer.address(), valuesBuffer.length(),
            valuesBuffer.length());
      }
      GuestBuffer resultRegion = call.bufferAt(returnArea);
      double[] result = call.readDoubles(resultRegion);
      call.freeAfterCall(resultRegion, 8);
      return result;
    }
  }

  /**
   * Calls the guest's export {@code Record}, of wasm type
   * {@code (i32 retptr, i32 text.ptr, i32 text.len) -> nil}.
   * <p>String and array arguments are copied into guest memory for the call and freed when it
   * returns.
   * <p>The guest writes the result to a return area of 136 bytes, passed as the hidden first
   * argument {@code retptr}.
   * <p>The result's bytes stay the guest's: the binding copies them out and never frees them.
   */
  @Override
  public EveryType.Mixed record(String text) {
    try (CallScope call = guest.enter()) {
      int returnArea = call.returnArea(136);
      GuestBuffer textBuffer = call.writeString(text);
      if (callsDirectly) {
        try {
          EveryTypeWasmMachineFuncGroup_0.func_9(returnArea, textBuffer.address(),
              textBuffer.length(), guest.machineMemory(), guest.machineInstance());
        } catch (Throwable thrown) {
          throw record.failedInScope(thrown);
        }
        record.returnedInScope();
      } else {
        record.callVoid(returnArea, textBuffer.address(), textBuffer.length());
      }
      return new EveryType.Mixed(call.readBool(returnArea), call.readI8(returnArea + 1),
          call.readI8(returnArea + 2), call.readI16(returnArea + 4), call.readI16(returnArea + 6),
          call.readU16(returnArea + 8), call.readI32(returnArea + 12),
          Abi.toU32(call.readI32(returnArea + 16)), call.readI64(returnArea + 24),
          call.readF32(returnArea + 32), call.readF64(returnArea + 40),
          call.readString(call.bufferAt(returnArea + 48)),
          call.readBytes(call.bufferAt(returnArea + 56)),
          call.readInts(call.bufferAt(returnArea + 68)),
          call.readLongs(call.bufferAt(returnArea + 80)),
          call.readFloats(call.bufferAt(returnArea + 92)),
          call.readDoubles(call.bufferAt(returnArea + 104)),
          new EveryType.Inner(call.readI16(returnArea + 120), call.readI64(returnArea + 128)));
    }
  }

  /**
   * Calls the guest's export {@code Packed}, of wasm type
   * {@code (i32 text.ptr, i32 text.len) -> i64}.
   * <p>String and array arguments are copied into guest memory for the call and freed when it
   * returns.
   * <p>The guest returns the result's address and length packed in one {@code i64}:
   * {@code ptr << 32 | len}.
   * <p>The result's bytes are the host's ({@code @HostFrees}): the binding copies them out, then
   * frees them with the guest's {@code free}.
   */
  @Override
  public String packed(String text) {
    try (CallScope call = guest.enter()) {
      GuestBuffer textBuffer = call.writeString(text);
      long packed_;
      if (callsDirectly) {
        try {
          packed_ = EveryTypeWasmMachineFuncGroup_0.func_10(textBuffer.address(),
              textBuffer.length(), guest.machineMemory(), guest.machineInstance());
        } catch (Throwable thrown) {
          throw packed.failedInScope(thrown);
        }
        packed.returnedInScope();
      } else {
        packed_ = packed.callI64(textBuffer.address(), textBuffer.length());
      }
      GuestBuffer resultRegion = call.unpack(packed_);
      String result = call.readString(resultRegion);
      call.freeAfterCall(resultRegion, 1);
      return result;
    }
  }

  /**
   * Calls the guest's export {@code Nothing}, of wasm type
   * {@code () -> nil}.
   */
  @Override
  public void nothing() {
    if (callsDirectly) {
      boolean outermost = nothing.begin();
      try {
        EveryTypeWasmMachineFuncGroup_0.func_11(guest.machineMemory(), guest.machineInstance());
      } catch (Throwable thrown) {
        throw nothing.failed(outermost, thrown);
      }
      nothing.returned(outermost);
    } else {
      nothing.callVoid();
    }
  }

  /**
   * Calls the guest's export {@code Wrapped}, of wasm type
   * {@code (i32 value) -> i32}.
   */
  @Override
  public EveryType.Wrapper wrapped(int value) {
    int result;
    if (callsDirectly) {
      boolean outermost = wrapped.begin();
      try {
        result = EveryTypeWasmMachineFuncGroup_0.func_12(value, guest.machineMemory(),
            guest.machineInstance());
      } catch (Throwable thrown) {
        throw wrapped.failed(outermost, thrown);
      }
      wrapped.returned(outermost);
    } else {
      result = wrapped.callI32(value);
    }
    return new EveryType.Wrapper(result);
  }

  /**
   * Releases the guest instance; later calls throw {@link java.lang.IllegalStateException}.
   */
  @Override
  public void close() {
    guest.close();
  }

  /**
   * Options for {@link EveryTypeWasm} instances and pools; each setter returns this builder.
   */
  public static final class Builder extends BindingBuilder<Builder> {
    private Builder() {
      super(EveryTypeWasm.class, BINDING, Engine.COMPILER, MACHINE);
    }

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * Checks the module against {@link EveryType}, instantiates it and starts the guest.
     */
    public EveryTypeWasm build() {
      return new EveryTypeWasm(instantiate());
    }

    /**
     * A thread-safe {@link EveryType} of up to {@code maxInstances} instances with these
     * options, checked against the module now and started as callers need them.
     * <p>Host-module implementations given to this builder are shared by all instances,
     * so they must be thread-safe.
     *
     * @param maxInstances how many instances may run calls at once
     */
    public Pool buildPool(int maxInstances) {
      return new Pool(pool(maxInstances, EveryTypeWasm::new));
    }
  }

  /**
   * {@link EveryType} for any number of threads: each call runs on an idle instance of the
   * pool, started when needed; an instance whose call failed is replaced.
   */
  public static final class Pool implements EveryType, AutoCloseable {
    private final GuestPool<EveryTypeWasm> pool;

    private Pool(GuestPool<EveryTypeWasm> pool) {
      this.pool = pool;
    }

    /**
     * Calls the guest's export {@code Scalars}, of wasm type
     * {@code (i32 flag, i32 b, i32 s, i32 c, i32 i, i32 u, i64 l, f32 f, f64 d) -> i32}.
     */
    @Override
    public int scalars(boolean flag, byte b, short s, char c, int i, long u, long l, float f,
        double d) {
      GuestPool.Lease<EveryTypeWasm> lease = pool.borrow();
      try {
        return lease.binding().scalars(flag, b, s, c, i, u, l, f, d);
      } finally {
        lease.release();
      }
    }

    /**
     * Calls the guest's export {@code Unsigned}, of wasm type
     * {@code (i32 value) -> i32}.
     */
    @Override
    public byte unsigned(short value) {
      GuestPool.Lease<EveryTypeWasm> lease = pool.borrow();
      try {
        return lease.binding().unsigned(value);
      } finally {
        lease.release();
      }
    }

    /**
     * Calls the guest's export {@code Bytes}, of wasm type
     * {@code (i32 retptr, i32 values.ptr, i32 values.len, i32 values.cap) -> nil}.
     * <p>String and array arguments are copied into guest memory for the call and freed when it
     * returns.
     * <p>The guest writes the result to a return area of 12 bytes, passed as the hidden first
     * argument {@code retptr}.
     * <p>The result's bytes stay the guest's: the binding copies them out and never frees them.
     */
    @Override
    public byte[] bytes(byte[] values) {
      GuestPool.Lease<EveryTypeWasm> lease = pool.borrow();
      try {
        return lease.binding().bytes(values);
      } finally {
        lease.release();
      }
    }

    /**
     * Calls the guest's export {@code Ints}, of wasm type
     * {@code (i32 retptr, i32 values.ptr, i32 values.len, i32 values.cap) -> nil}.
     * <p>String and array arguments are copied into guest memory for the call and freed when it
     * returns.
     * <p>The guest writes the result to a return area of 12 bytes, passed as the hidden first
     * argument {@code retptr}.
     * <p>The result's bytes stay the guest's: the binding copies them out and never frees them.
     */
    @Override
    public int[] ints(int[] values) {
      GuestPool.Lease<EveryTypeWasm> lease = pool.borrow();
      try {
        return lease.binding().ints(values);
      } finally {
        lease.release();
      }
    }

    /**
     * Calls the guest's export {@code Longs}, of wasm type
     * {@code (i32 retptr, i32 values.ptr, i32 values.len, i32 values.cap) -> nil}.
     * <p>String and array arguments are copied into guest memory for the call and freed when it
     * returns.
     * <p>The guest writes the result to a return area of 12 bytes, passed as the hidden first
     * argument {@code retptr}.
     * <p>The result's bytes stay the guest's: the binding copies them out and never frees them.
     */
    @Override
    public long[] longs(long[] values) {
      GuestPool.Lease<EveryTypeWasm> lease = pool.borrow();
      try {
        return lease.binding().longs(values);
      } finally {
        lease.release();
      }
    }

    /**
     * Calls the guest's export {@code Floats}, of wasm type
     * {@code (i32 retptr, i32 values.ptr, i32 values.len, i32 values.cap) -> nil}.
     * <p>String and array arguments are copied into guest memory for the call and freed when it
     * returns.
     * <p>The guest writes the result to a return area of 12 bytes, passed as the hidden first
     * argument {@code retptr}.
     * <p>The result's bytes stay the guest's: the binding copies them out and never frees them.
     */
    @Override
    public float[] floats(float[] values) {
      GuestPool.Lease<EveryTypeWasm> lease = pool.borrow();
      try {
        return lease.binding().floats(values);
      } finally {
        lease.release();
      }
    }

    /**
     * Calls the guest's export {@code Doubles}, of wasm type
     * {@code (i32 retptr, i32 values.ptr, i32 values.len, i32 values.cap) -> nil}.
     * <p>String and array arguments are copied into guest memory for the call and freed when it
     * returns.
     * <p>The guest writes the result to a return area of 12 bytes, passed as the hidden first
     * argument {@code retptr}.
     * <p>The result's bytes are the host's ({@code @HostFrees}): the binding copies them out, then
     * frees them with the guest's {@code free}.
     */
    @Override
    public double[] doubles(double[] values) {
      GuestPool.Lease<EveryTypeWasm> lease = pool.borrow();
      try {
        return lease.binding().doubles(values);
      } finally {
        lease.release();
      }
    }

    /**
     * Calls the guest's export {@code Record}, of wasm type
     * {@code (i32 retptr, i32 text.ptr, i32 text.len) -> nil}.
     * <p>String and array arguments are copied into guest memory for the call and freed when it
     * returns.
     * <p>The guest writes the result to a return area of 136 bytes, passed as the hidden first
     * argument {@code retptr}.
     * <p>The result's bytes stay the guest's: the binding copies them out and never frees them.
     */
    @Override
    public EveryType.Mixed record(String text) {
      GuestPool.Lease<EveryTypeWasm> lease = pool.borrow();
      try {
        return lease.binding().record(text);
      } finally {
        lease.release();
      }
    }

    /**
     * Calls the guest's export {@code Packed}, of wasm type
     * {@code (i32 text.ptr, i32 text.len) -> i64}.
     * <p>String and array arguments are copied into guest memory for the call and freed when it
     * returns.
     * <p>The guest returns the result's address and length packed in one {@code i64}:
     * {@code ptr << 32 | len}.
     * <p>The result's bytes are the host's ({@code @HostFrees}): the binding copies them out, then
     * frees them with the guest's {@code free}.
     */
    @Override
    public String packed(String text) {
      GuestPool.Lease<EveryTypeWasm> lease = pool.borrow();
      try {
        return lease.binding().packed(text);
      } finally {
        lease.release();
      }
    }

    /**
     * Calls the guest's export {@code Nothing}, of wasm type
     * {@code () -> nil}.
     */
    @Override
    public void nothing() {
      GuestPool.Lease<EveryTypeWasm> lease = pool.borrow();
      try {
        lease.binding().nothing();
      } finally {
        lease.release();
      }
    }

    /**
     * Calls the guest's export {@code Wrapped}, of wasm type
     * {@code (i32 value) -> i32}.
     */
    @Override
    public EveryType.Wrapper wrapped(int value) {
      GuestPool.Lease<EveryTypeWasm> lease = pool.borrow();
      try {
        return lease.binding().wrapped(value);
      } finally {
        lease.release();
      }
    }

    /**
     * Closes every instance: idle ones now, busy ones when their call ends.
     */
    @Override
    public void close() {
      pool.close();
    }
  }
}
