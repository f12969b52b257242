package host;

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
 * Calls the wasm module {@code host_imports.wasm} through {@link HostGuest}: one guest instance,
 * one call at a time.
 * <p>Load one with {@link #load}, or configure it with {@link #builder()};
 * close it when done. For threads, share a {@link HostGuestWasm.Pool} from {@link HostGuestWasm.Builder#buildPool}.
 */
@Generated("dev.wasmbind.processor.WasmBindProcessor")
@WasmBindGenerated
public final class HostGuestWasm implements HostGuest, AutoCloseable {
  private static final ExportSpec GREET = ExportSpec.of("Greet", "void greet(String name)", Allocator.ALLOCATE,
      WasmSignature.builder().i32("name.ptr").i32("name.len").returns());

  private static final ExportSpec ADD = ExportSpec.of("Add", "int add(int a, int b)", Allocator.NONE,
      WasmSignature.builder().i32("a").i32("b").returns(ValType.I32));

  private static final ExportSpec PARAMS = ExportSpec.of("Params", "void params()", Allocator.NONE,
      WasmSignature.builder().returns());

  private static final ExportSpec UINT8 = ExportSpec.of("Uint8", "@Unsigned byte uint8()", Allocator.NONE,
      WasmSignature.builder().returns(ValType.I32));

  private static final ExportSpec UINT32 = ExportSpec.of("Uint32", "@Unsigned long uint32()", Allocator.NONE,
      WasmSignature.builder().returns(ValType.I32));

  private static final ExportSpec NOW = ExportSpec.of("Now", "long now()", Allocator.NONE,
      WasmSignature.builder().returns(ValType.I64));

  private static final ModuleBinding BINDING = ModuleBinding.builder(RuntimeContract.V5, "host.HostGuest", "host_imports.wasm")
      .export(GREET)
      .export(ADD)
      .export(PARAMS)
      .export(UINT8)
      .export(UINT32)
      .export(NOW)
      .allocator("malloc", "free")
      .hostModule(EnvHostFunctions.BINDING, "env")
      .hostModule(HostGuest_ClockHostFunctions.BINDING, "clock")
      .build();

  private static final BuildTimeMachine MACHINE = new BuildTimeMachine(
      "0833dd6e57375b6d8613c5435d163eabd2baf5e430507c8c0bf9c7c86c7a7955",
      "host/HostGuestWasm.meta", instance -> new HostGuestWasmMachine(instance));

  private final Guest guest;

  private final GuestFunction greet;

  private final GuestFunction add;

  private final GuestFunction params;

  private final GuestFunction uint8;

  private final GuestFunction uint32;

  private final GuestFunction now;

  private final boolean callsDirectly;

  private HostGuestWasm(Guest guest) {
    this.guest = guest;
    this.greet = guest.function(GREET);
    this.add = guest.function(ADD);
    this.params = guest.function(PARAMS);
    this.uint8 = guest.function(UINT8);
    this.uint32 = guest.function(UINT32);
    this.now = guest.function(NOW);
    this.callsDirectly = guest.runs(HostGuestWasmMachine.class);
  }

  /**
   * A new instance of the {@code @WasmModule} resource with the default options.
   * @param env the implementation of the {@code env} imports
   * @param clock the implementation of the {@code clock} imports
   */
  public static HostGuestWasm load(Env env, HostGuest.Clock clock) {
    return builder().env(env).clock(clock).build();
  }

  /**
   * Options for a new instance: the module, WASI, the engine, limits and host functions.
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Calls the guest's export {@code Greet}, of wasm type
   * {@code (i32 name.ptr, i32 name.len) -> nil}.
   * <p>String and array arguments are copied into guest memory for the call and freed when it
   * returns.
   */
  @Override
  public void greet(String name) {
    try (CallScope call = guest.enter()) {
      GuestBuffer nameBuffer = call.writeString(name);
      if (callsDirectly) {
        try {
          HostGuestWasmMachineFuncGroup_0.func_18(nameBuffer.address(), nameBuffer.length(),
              guest.machineMemory(), guest.machineInstance());
        } catch (Throwable thrown) {
          throw greet.failedInScope(thrown);
        }
        greet.returnedInScope();
      } else {
        greet.callVoid(nameBuffer.address(), nameBuffer.length());
      }
    }
  }

  /**
   * Calls the guest's export {@code Add}, of wasm type
   * {@code (i32 a, i32 b) -> i32}.
   */
  @Override
  public int add(int a, int b) {
    int result;
    if (callsDirectly) {
      boolean outermost = add.begin();
      try {
        result = HostGuestWasmMachineFuncGroup_0.func_19(a, b, guest.machineMemory(),
            guest.machineInstance());
      } catch (Throwable thrown) {
        throw add.failed(outermost, thrown);
      }
      add.returned(outermost);
    } else {
      result = add.callI32(a, b);
    }
    return result;
  }

  /**
   * Calls the guest's export {@code Params}, of wasm type
   * {@code () -> nil}.
   */
  @Override
  public void params() {
    if (callsDirectly) {
      boolean outermost = params.begin();
      try {
        HostGuestWasmMachineFuncGroup_0.func_20(guest.machineMemory(), guest.machineInstance());
      } catch (Throwable thrown) {
        throw params.failed(outermost, thrown);
      }
      params.returned(outermost);
    } else {
      params.callVoid();
    }
  }

  /**
   * Calls the guest's export {@code Uint8}, of wasm type
   * {@code () -> i32}.
   */
  @Override
  public byte uint8() {
    int result;
    if (callsDirectly) {
      boolean outermost = uint8.begin();
      try {
        result = HostGuestWasmMachineFuncGroup_0.func_21(guest.machineMemory(),
            guest.machineInstance());
      } catch (Throwable thrown) {
        throw uint8.failed(outermost, thrown);
      }
      uint8.returned(outermost);
    } else {
      result = uint8.callI32();
    }
    return (byte) result;
  }

  /**
   * Calls the guest's export {@code Uint32}, of wasm type
   * {@code () -> i32}.
   */
  @Override
  public long uint32() {
    int result;
    if (callsDirectly) {
      boolean outermost = uint32.begin();
      try {
        result = HostGuestWasmMachineFuncGroup_0.func_22(guest.machineMemory(),
            guest.machineInstance());
      } catch (Throwable thrown) {
        throw uint32.failed(outermost, thrown);
      }
      uint32.returned(outermost);
    } else {
      result = uint32.callI32();
    }
    return Abi.toU32(result);
  }

  /**
   * Calls the guest's export {@code Now}, of wasm type
   * {@code () -> i64}.
   */
  @Override
  public long now() {
    long result;
    if (callsDirectly) {
      boolean outermost = now.begin();
      try {
        result = HostGuestWasmMachineFuncGroup_0.func_23(guest.machineMemory(),
            guest.machineInstance());
      } catch (Throwable thrown) {
        throw now.failed(outermost, thrown);
      }
      now.returned(outermost);
    } else {
      result = now.callI64();
    }
    return result;
  }

  /**
   * Releases the guest instance; later calls throw {@link java.lang.IllegalStateException}.
   */
  @Override
  public void close() {
    guest.close();
  }

  /**
   * Options for {@link HostGuestWasm} instances and pools; each setter returns this builder.
   */
  public static final class Builder extends BindingBuilder<Builder> {
    private Builder() {
      super(HostGuestWasm.class, BINDING, Engine.COMPILER, MACHINE);
    }

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * Checks the module against {@link HostGuest}, instantiates it and starts the guest.
     */
    public HostGuestWasm build() {
      return new HostGuestWasm(instantiate());
    }

    /**
     * A thread-safe {@link HostGuest} of up to {@code maxInstances} instances with these
     * options, checked against the module now and started as callers need them.
     * <p>Host-module implementations given to this builder are shared by all instances,
     * so they must be thread-safe.
     *
     * @param maxInstances how many instances may run calls at once
     */
    public Pool buildPool(int maxInstances) {
      return new Pool(pool(maxInstances, HostGuestWasm::new));
    }

    /**
     * The implementation of the guest's {@code env} imports.
     */
    public Builder env(Env env) {
      return hostModule("env", EnvHostFunctions.of(env));
    }

    /**
     * The implementation of the guest's {@code clock} imports.
     */
    public Builder clock(HostGuest.Clock clock) {
      return hostModule("clock", HostGuest_ClockHostFunctions.of(clock));
    }
  }

  /**
   * {@link HostGuest} for any number of threads: each call runs on an idle instance of the
   * pool, started when needed; an instance whose call failed is replaced.
   */
  public static final class Pool implements HostGuest, AutoCloseable {
    private final GuestPool<HostGuestWasm> pool;

    private Pool(GuestPool<HostGuestWasm> pool) {
      this.pool = pool;
    }

    /**
     * Calls the guest's export {@code Greet}, of wasm type
     * {@code (i32 name.ptr, i32 name.len) -> nil}.
     * <p>String and array arguments are copied into guest memory for the call and freed when it
     * returns.
     */
    @Override
    public void greet(String name) {
      GuestPool.Lease<HostGuestWasm> lease = pool.borrow();
      try {
        lease.binding().greet(name);
      } finally {
        lease.release();
      }
    }

    /**
     * Calls the guest's export {@code Add}, of wasm type
     * {@code (i32 a, i32 b) -> i32}.
     */
    @Override
    public int add(int a, int b) {
      GuestPool.Lease<HostGuestWasm> lease = pool.borrow();
      try {
        return lease.binding().add(a, b);
      } finally {
        lease.release();
      }
    }

    /**
     * Calls the guest's export {@code Params}, of wasm type
     * {@code () -> nil}.
     */
    @Override
    public void params() {
      GuestPool.Lease<HostGuestWasm> lease = pool.borrow();
      try {
        lease.binding().params();
      } finally {
        lease.release();
      }
    }

    /**
     * Calls the guest's export {@code Uint8}, of wasm type
     * {@code () -> i32}.
     */
    @Override
    public byte uint8() {
      GuestPool.Lease<HostGuestWasm> lease = pool.borrow();
      try {
        return lease.binding().uint8();
      } finally {
        lease.release();
      }
    }

    /**
     * Calls the guest's export {@code Uint32}, of wasm type
     * {@code () -> i32}.
     */
    @Override
    public long uint32() {
      GuestPool.Lease<HostGuestWasm> lease = pool.borrow();
      try {
        return lease.binding().uint32();
      } finally {
        lease.release();
      }
    }

    /**
     * Calls the guest's export {@code Now}, of wasm type
     * {@code () -> i64}.
     */
    @Override
    public long now() {
      GuestPool.Lease<HostGuestWasm> lease = pool.borrow();
      try {
        return lease.binding().now();
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
