package nested;

import com.dylibso.chicory.wasm.types.ValType;
import dev.wasmbind.WasmBindGenerated;
import dev.wasmbind.runtime.Engine;
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
 * Calls the wasm module {@code greeter.wasm} through {@link Outer.Inner}: one guest instance,
 * one call at a time.
 * <p>Load one with {@link #load}, or configure it with {@link #builder()};
 * close it when done. For threads, share a {@link Outer_InnerWasm.Pool} from {@link Outer_InnerWasm.Builder#buildPool}.
 */
@Generated("dev.wasmbind.processor.WasmBindProcessor")
@WasmBindGenerated
public final class Outer_InnerWasm implements Outer.Inner, AutoCloseable {
  private static final ExportSpec GREET = ExportSpec.of("Greet", "String greet(String call)", Allocator.ALLOCATE,
      WasmSignature.builder().returnPointer().i32("call.ptr").i32("call.len").returns());

  private static final ExportSpec RETURN_STRING = ExportSpec.of("ReturnString", "String returnString()", Allocator.ALLOCATE,
      WasmSignature.builder().returnPointer().returns());

  private static final ExportSpec ADD = ExportSpec.of("Add", "int add(int add, int guest)", Allocator.NONE,
      WasmSignature.builder().i32("add").i32("guest").returns(ValType.I32));

  private static final ModuleBinding BINDING = ModuleBinding.builder(RuntimeContract.V5, "nested.Outer.Inner", "greeter.wasm")
      .export(GREET)
      .export(RETURN_STRING)
      .export(ADD)
      .allocator("malloc", "free")
      .returnArea(8)
      .build();

  private static final BuildTimeMachine MACHINE = new BuildTimeMachine(
      "454aed582acec68d8a87181def46411257bf2db9fc5d58fd454cb4e586b13f79",
      "nested/Outer_InnerWasm.meta", instance -> new Outer_InnerWasmMachine(instance));

  private final Guest guest;

  private final GuestFunction greet;

  private final GuestFunction returnString;

  private final GuestFunction add;

  private final boolean callsDirectly;

  private Outer_InnerWasm(Guest guest) {
    this.guest = guest;
    this.greet = guest.function(GREET);
    this.returnString = guest.function(RETURN_STRING);
    this.add = guest.function(ADD);
    this.callsDirectly = guest.runs(Outer_InnerWasmMachine.class);
  }

  /**
   * A new instance of the {@code @WasmModule} resource with the default options.
   */
  public static Outer_InnerWasm load() {
    return builder().build();
  }

  /**
   * Options for a new instance: the module, WASI, the engine, limits and host functions.
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Calls the guest's export {@code Greet}, of wasm type
   * {@code (i32 retptr, i32 call.ptr, i32 call.len) -> nil}.
   * <p>String and array arguments are copied into guest memory for the call and freed when it
   * returns.
   * <p>The guest writes the result to a return area of 8 bytes, passed as the hidden first
   * argument {@code retptr}.
   * <p>The result's bytes stay the guest's: the binding copies them out and never frees them.
   */
  @Override
  public String greet(String call) {
    try (CallScope call_ = guest.enter()) {
      int returnArea = call_.returnArea(8);
      GuestBuffer callBuffer = call_.writeString(call);
      if (callsDirectly) {
        try {
          Outer_InnerWasmMachineFuncGroup_0.func_3(returnArea, callBuffer.address(),
              callBuffer.length(), guest.machineMemory(), guest.machineInstance());
        } catch (Throwable thrown) {
          throw greet.failedInScope(thrown);
        }
        greet.returnedInScope();
      } else {
        greet.callVoid(returnArea, callBuffer.address(), callBuffer.length());
      }
      return call_.readString(call_.bufferAt(returnArea));
    }
  }

  /**
   * Calls the guest's export {@code ReturnString}, of wasm type
   * {@code (i32 retptr) -> nil}.
   * <p>The guest writes the result to a return area of 8 bytes, passed as the hidden first
   * argument {@code retptr}.
   * <p>The result's bytes stay the guest's: the binding copies them out and never frees them.
   */
  @Override
  public String returnString() {
    try (CallScope call = guest.enter()) {
      int returnArea = call.returnArea(8);
      if (callsDirectly) {
        try {
          Outer_InnerWasmMachineFuncGroup_0.func_2(returnArea, guest.machineMemory(),
              guest.machineInstance());
        } catch (Throwable thrown) {
          throw returnString.failedInScope(thrown);
        }
        returnString.returnedInScope();
      } else {
        returnString.callVoid(returnArea);
      }
      return call.readString(call.bufferAt(returnArea));
    }
  }

  /**
   * Calls the guest's export {@code Add}, of wasm type
   * {@code (i32 add, i32 guest) -> i32}.
   */
  @Override
  public int add(int add, int guest) {
    int result;
    if (callsDirectly) {
      boolean outermost = this.add.begin();
      try {
        result = Outer_InnerWasmMachineFuncGroup_0.func_4(add, guest, this.guest.machineMemory(),
            this.guest.machineInstance());
      } catch (Throwable thrown) {
        throw this.add.failed(outermost, thrown);
      }
      this.add.returned(outermost);
    } else {
      result = this.add.callI32(add, guest);
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
   * Options for {@link Outer_InnerWasm} instances and pools; each setter returns this builder.
   */
  public static final class Builder extends BindingBuilder<Builder> {
    private Builder() {
      super(Outer_InnerWasm.class, BINDING, Engine.COMPILER, MACHINE);
    }

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * Checks the module against {@link Outer.Inner}, instantiates it and starts the guest.
     */
    public Outer_InnerWasm build() {
      return new Outer_InnerWasm(instantiate());
    }

    /**
     * A thread-safe {@link Outer.Inner} of up to {@code maxInstances} instances with these
     * options, checked against the module now and started as callers need them.
     * <p>Host-module implementations given to this builder are shared by all instances,
     * so they must be thread-safe.
     *
     * @param maxInstances how many instances may run calls at once
     */
    public Pool buildPool(int maxInstances) {
      return new Pool(pool(maxInstances, Outer_InnerWasm::new));
    }
  }

  /**
   * {@link Outer.Inner} for any number of threads: each call runs on an idle instance of the
   * pool, started when needed; an instance whose call failed is replaced.
   */
  public static final class Pool implements Outer.Inner, AutoCloseable {
    private final GuestPool<Outer_InnerWasm> pool;

    private Pool(GuestPool<Outer_InnerWasm> pool) {
      this.pool = pool;
    }

    /**
     * Calls the guest's export {@code Greet}, of wasm type
     * {@code (i32 retptr, i32 call.ptr, i32 call.len) -> nil}.
     * <p>String and array arguments are copied into guest memory for the call and freed when it
     * returns.
     * <p>The guest writes the result to a return area of 8 bytes, passed as the hidden first
     * argument {@code retptr}.
     * <p>The result's bytes stay the guest's: the binding copies them out and never frees them.
     */
    @Override
    public String greet(String call) {
      GuestPool.Lease<Outer_InnerWasm> lease = pool.borrow();
      try {
        return lease.binding().greet(call);
      } finally {
        lease.release();
      }
    }

    /**
     * Calls the guest's export {@code ReturnString}, of wasm type
     * {@code (i32 retptr) -> nil}.
     * <p>The guest writes the result to a return area of 8 bytes, passed as the hidden first
     * argument {@code retptr}.
     * <p>The result's bytes stay the guest's: the binding copies them out and never frees them.
     */
    @Override
    public String returnString() {
      GuestPool.Lease<Outer_InnerWasm> lease = pool.borrow();
      try {
        return lease.binding().returnString();
      } finally {
        lease.release();
      }
    }

    /**
     * Calls the guest's export {@code Add}, of wasm type
     * {@code (i32 add, i32 guest) -> i32}.
     */
    @Override
    public int add(int add, int guest) {
      GuestPool.Lease<Outer_InnerWasm> lease = pool.borrow();
      try {
        return lease.binding().add(add, guest);
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
