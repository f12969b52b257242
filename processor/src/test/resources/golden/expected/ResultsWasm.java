package types;

import com.dylibso.chicory.wasm.types.ValType;
import dev.wasmbind.WasmBindGenerated;
import dev.wasmbind.runtime.Engine;
import dev.wasmbind.runtime.internal.Abi;
import dev.wasmbind.runtime.internal.Allocator;
import dev.wasmbind.runtime.internal.BindingBuilder;
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
 * Calls the wasm module {@code results.wasm} through {@link Results}: one guest instance,
 * one call at a time.
 * <p>Load one with {@link #load}, or configure it with {@link #builder()};
 * close it when done. For threads, share a {@link ResultsWasm.Pool} from {@link ResultsWasm.Builder#buildPool}.
 */
@Generated("dev.wasmbind.processor.WasmBindProcessor")
@WasmBindGenerated
public final class ResultsWasm implements Results, AutoCloseable {
  private static final ExportSpec IS_READY = ExportSpec.of("isReady", "boolean isReady()", Allocator.NONE,
      WasmSignature.builder().returns(ValType.I32));

  private static final ExportSpec SIGNED_BYTE = ExportSpec.of("signedByte", "byte signedByte()", Allocator.NONE,
      WasmSignature.builder().returns(ValType.I32));

  private static final ExportSpec UNSIGNED_BYTE = ExportSpec.of("unsignedByte", "@Unsigned byte unsignedByte()", Allocator.NONE,
      WasmSignature.builder().returns(ValType.I32));

  private static final ExportSpec SIGNED_SHORT = ExportSpec.of("signedShort", "short signedShort()", Allocator.NONE,
      WasmSignature.builder().returns(ValType.I32));

  private static final ExportSpec UNSIGNED_SHORT = ExportSpec.of("unsignedShort", "@Unsigned short unsignedShort()", Allocator.NONE,
      WasmSignature.builder().returns(ValType.I32));

  private static final ExportSpec LETTER = ExportSpec.of("letter", "char letter()", Allocator.NONE,
      WasmSignature.builder().returns(ValType.I32));

  private static final ExportSpec COUNT = ExportSpec.of("count", "int count()", Allocator.NONE,
      WasmSignature.builder().returns(ValType.I32));

  private static final ExportSpec SIZE = ExportSpec.of("size", "@Unsigned long size()", Allocator.NONE,
      WasmSignature.builder().returns(ValType.I32));

  private static final ExportSpec TOTAL = ExportSpec.of("total", "long total()", Allocator.NONE,
      WasmSignature.builder().returns(ValType.I64));

  private static final ExportSpec RATIO = ExportSpec.of("ratio", "float ratio()", Allocator.NONE,
      WasmSignature.builder().returns(ValType.F32));

  private static final ExportSpec AVERAGE = ExportSpec.of("average", "double average()", Allocator.NONE,
      WasmSignature.builder().returns(ValType.F64));

  private static final ExportSpec TEMPERATURE = ExportSpec.of("temperature", "Boxed temperature()", Allocator.NONE,
      WasmSignature.builder().returns(ValType.F64));

  private static final ExportSpec PACKED_BYTES = ExportSpec.of("packedBytes", "byte[] packedBytes(byte[] input, String label, @Unsigned byte flags)", Allocator.ALLOCATE,
      WasmSignature.builder().i32("input.ptr").i32("input.len").i32("input.cap").i32("label.ptr")
          .i32("label.len").i32("flags").returns(ValType.I64));

  private static final ModuleBinding BINDING = ModuleBinding.builder(RuntimeContract.V5, "types.Results", "results.wasm")
      .export(IS_READY)
      .export(SIGNED_BYTE)
      .export(UNSIGNED_BYTE)
      .export(SIGNED_SHORT)
      .export(UNSIGNED_SHORT)
      .export(LETTER)
      .export(COUNT)
      .export(SIZE)
      .export(TOTAL)
      .export(RATIO)
      .export(AVERAGE)
      .export(TEMPERATURE)
      .export(PACKED_BYTES)
      .rawImport("env", "log", "abort")
      .rawImport("http_handler")
      .build();

  private final Guest guest;

  private final GuestFunction isReady;

  private final GuestFunction signedByte;

  private final GuestFunction unsignedByte;

  private final GuestFunction signedShort;

  private final GuestFunction unsignedShort;

  private final GuestFunction letter;

  private final GuestFunction count;

  private final GuestFunction size;

  private final GuestFunction total;

  private final GuestFunction ratio;

  private final GuestFunction average;

  private final GuestFunction temperature;

  private final GuestFunction packedBytes;

  private ResultsWasm(Guest guest) {
    this.guest = guest;
    this.isReady = guest.function(IS_READY);
    this.signedByte = guest.function(SIGNED_BYTE);
    this.unsignedByte = guest.function(UNSIGNED_BYTE);
    this.signedShort = guest.function(SIGNED_SHORT);
    this.unsignedShort = guest.function(UNSIGNED_SHORT);
    this.letter = guest.function(LETTER);
    this.count = guest.function(COUNT);
    this.size = guest.function(SIZE);
    this.total = guest.function(TOTAL);
    this.ratio = guest.function(RATIO);
    this.average = guest.function(AVERAGE);
    this.temperature = guest.function(TEMPERATURE);
    this.packedBytes = guest.function(PACKED_BYTES);
  }

  /**
   * A new instance of the {@code @WasmModule} resource with the default options.
   */
  public static ResultsWasm load() {
    return builder().build();
  }

  /**
   * Options for a new instance: the module, WASI, the engine, limits and host functions.
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Calls the guest's export {@code isReady}, of wasm type
   * {@code () -> i32}.
   */
  @Override
  public boolean isReady() {
    return Abi.toBool(isReady.callI32());
  }

  /**
   * Calls the guest's export {@code signedByte}, of wasm type
   * {@code () -> i32}.
   */
  @Override
  public byte signedByte() {
    return (byte) signedByte.callI32();
  }

  /**
   * Calls the guest's export {@code unsignedByte}, of wasm type
   * {@code () -> i32}.
   */
  @Override
  public byte unsignedByte() {
    return (byte) unsignedByte.callI32();
  }

  /**
   * Calls the guest's export {@code signedShort}, of wasm type
   * {@code () -> i32}.
   */
  @Override
  public short signedShort() {
    return (short) signedShort.callI32();
  }

  /**
   * Calls the guest's export {@code unsignedShort}, of wasm type
   * {@code () -> i32}.
   */
  @Override
  public short unsignedShort() {
    return (short) unsignedShort.callI32();
  }

  /**
   * Calls the guest's export {@code letter}, of wasm type
   * {@code () -> i32}.
   */
  @Override
  public char letter() {
    return (char) letter.callI32();
  }

  /**
   * Calls the guest's export {@code count}, of wasm type
   * {@code () -> i32}.
   */
  @Override
  public int count() {
    return count.callI32();
  }

  /**
   * Calls the guest's export {@code size}, of wasm type
   * {@code () -> i32}.
   */
  @Override
  public long size() {
    return Abi.toU32(size.callI32());
  }

  /**
   * Calls the guest's export {@code total}, of wasm type
   * {@code () -> i64}.
   */
  @Override
  public long total() {
    return total.callI64();
  }

  /**
   * Calls the guest's export {@code ratio}, of wasm type
   * {@code () -> f32}.
   */
  @Override
  public float ratio() {
    return ratio.callF32();
  }

  /**
   * Calls the guest's export {@code average}, of wasm type
   * {@code () -> f64}.
   */
  @Override
  public double average() {
    return average.callF64();
  }

  /**
   * Calls the guest's export {@code temperature}, of wasm type
   * {@code () -> f64}.
   */
  @Override
  public Results.Boxed temperature() {
    return new Results.Boxed(new Results.Celsius(temperature.callF64()));
  }

  /**
   * Calls the guest's export {@code packedBytes}, of wasm type
   * {@code (i32 input.ptr, i32 input.len, i32 input.cap, i32 label.ptr, i32 label.len, i32 flags) -> i64}.
   * <p>String and array arguments are copied into guest memory for the call and freed when it
   * returns.
   * <p>The guest returns the result's address and length packed in one {@code i64}:
   * {@code ptr << 32 | len}.
   * <p>The result's bytes stay the guest's: the binding copies them out and never frees them.
   */
  @Override
  public byte[] packedBytes(byte[] input, String label, byte flags) {
    try (CallScope call = guest.enter()) {
      GuestBuffer inputBuffer = call.writeBytes(input);
      GuestBuffer labelBuffer = call.writeString(label);
      return call.readBytes(call.unpack(packedBytes.callI64(inputBuffer.address(),
          inputBuffer.length(), inputBuffer.length(), labelBuffer.address(), labelBuffer.length(),
          Abi.u8(flags))));
    }
  }

  /**
   * Releases the guest instance; later calls throw {@link java.lang.IllegalStateException}.
   */
  @Override
  public void close() {
    guest.close();
  }

  /**
   * Options for {@link ResultsWasm} instances and pools; each setter returns this builder.
   */
  public static final class Builder extends BindingBuilder<Builder> {
    private Builder() {
      super(ResultsWasm.class, BINDING, Engine.COMPILER);
    }

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * Checks the module against {@link Results}, instantiates it and starts the guest.
     */
    public ResultsWasm build() {
      return new ResultsWasm(instantiate());
    }

    /**
     * A thread-safe {@link Results} of up to {@code maxInstances} instances with these
     * options, checked against the module now and started as callers need them.
     * <p>Host-module implementations given to this builder are shared by all instances,
     * so they must be thread-safe.
     *
     * @param maxInstances how many instances may run calls at once
     */
    public Pool buildPool(int maxInstances) {
      return new Pool(pool(maxInstances, ResultsWasm::new));
    }
  }

  /**
   * {@link Results} for any number of threads: each call runs on an idle instance of the
   * pool, started when needed; an instance whose call failed is replaced.
   */
  public static final class Pool implements Results, AutoCloseable {
    private final GuestPool<ResultsWasm> pool;

    private Pool(GuestPool<ResultsWasm> pool) {
      this.pool = pool;
    }

    /**
     * Calls the guest's export {@code isReady}, of wasm type
     * {@code () -> i32}.
     */
    @Override
    public boolean isReady() {
      GuestPool.Lease<ResultsWasm> lease = pool.borrow();
      try {
        return lease.binding().isReady();
      } finally {
        lease.release();
      }
    }

    /**
     * Calls the guest's export {@code signedByte}, of wasm type
     * {@code () -> i32}.
     */
    @Override
    public byte signedByte() {
      GuestPool.Lease<ResultsWasm> lease = pool.borrow();
      try {
        return lease.binding().signedByte();
      } finally {
        lease.release();
      }
    }

    /**
     * Calls the guest's export {@code unsignedByte}, of wasm type
     * {@code () -> i32}.
     */
    @Override
    public byte unsignedByte() {
      GuestPool.Lease<ResultsWasm> lease = pool.borrow();
      try {
        return lease.binding().unsignedByte();
      } finally {
        lease.release();
      }
    }

    /**
     * Calls the guest's export {@code signedShort}, of wasm type
     * {@code () -> i32}.
     */
    @Override
    public short signedShort() {
      GuestPool.Lease<ResultsWasm> lease = pool.borrow();
      try {
        return lease.binding().signedShort();
      } finally {
        lease.release();
      }
    }

    /**
     * Calls the guest's export {@code unsignedShort}, of wasm type
     * {@code () -> i32}.
     */
    @Override
    public short unsignedShort() {
      GuestPool.Lease<ResultsWasm> lease = pool.borrow();
      try {
        return lease.binding().unsignedShort();
      } finally {
        lease.release();
      }
    }

    /**
     * Calls the guest's export {@code letter}, of wasm type
     * {@code () -> i32}.
     */
    @Override
    public char letter() {
      GuestPool.Lease<ResultsWasm> lease = pool.borrow();
      try {
        return lease.binding().letter();
      } finally {
        lease.release();
      }
    }

    /**
     * Calls the guest's export {@code count}, of wasm type
     * {@code () -> i32}.
     */
    @Override
    public int count() {
      GuestPool.Lease<ResultsWasm> lease = pool.borrow();
      try {
        return lease.binding().count();
      } finally {
        lease.release();
      }
    }

    /**
     * Calls the guest's export {@code size}, of wasm type
     * {@code () -> i32}.
     */
    @Override
    public long size() {
      GuestPool.Lease<ResultsWasm> lease = pool.borrow();
      try {
        return lease.binding().size();
      } finally {
        lease.release();
      }
    }

    /**
     * Calls the guest's export {@code total}, of wasm type
     * {@code () -> i64}.
     */
    @Override
    public long total() {
      GuestPool.Lease<ResultsWasm> lease = pool.borrow();
      try {
        return lease.binding().total();
      } finally {
        lease.release();
      }
    }

    /**
     * Calls the guest's export {@code ratio}, of wasm type
     * {@code () -> f32}.
     */
    @Override
    public float ratio() {
      GuestPool.Lease<ResultsWasm> lease = pool.borrow();
      try {
        return lease.binding().ratio();
      } finally {
        lease.release();
      }
    }

    /**
     * Calls the guest's export {@code average}, of wasm type
     * {@code () -> f64}.
     */
    @Override
    public double average() {
      GuestPool.Lease<ResultsWasm> lease = pool.borrow();
      try {
        return lease.binding().average();
      } finally {
        lease.release();
      }
    }

    /**
     * Calls the guest's export {@code temperature}, of wasm type
     * {@code () -> f64}.
     */
    @Override
    public Results.Boxed temperature() {
      GuestPool.Lease<ResultsWasm> lease = pool.borrow();
      try {
        return lease.binding().temperature();
      } finally {
        lease.release();
      }
    }

    /**
     * Calls the guest's export {@code packedBytes}, of wasm type
     * {@code (i32 input.ptr, i32 input.len, i32 input.cap, i32 label.ptr, i32 label.len, i32 flags) -> i64}.
     * <p>String and array arguments are copied into guest memory for the call and freed when it
     * returns.
     * <p>The guest returns the result's address and length packed in one {@code i64}:
     * {@code ptr << 32 | len}.
     * <p>The result's bytes stay the guest's: the binding copies them out and never frees them.
     */
    @Override
    public byte[] packedBytes(byte[] input, String label, byte flags) {
      GuestPool.Lease<ResultsWasm> lease = pool.borrow();
      try {
        return lease.binding().packedBytes(input, label, flags);
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
