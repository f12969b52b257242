package demo;

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
 * Calls the wasm module {@code greeter.wasm} through {@link ReturnString}: one guest instance,
 * one call at a time.
 * <p>Load one with {@link #load}, or configure it with {@link #builder()};
 * close it when done. For threads, share a {@link ReturnStringWasm.Pool} from {@link ReturnStringWasm.Builder#buildPool}.
 */
@Generated("dev.wasmbind.processor.WasmBindProcessor")
@WasmBindGenerated
public final class ReturnStringWasm implements ReturnString, AutoCloseable {
  private static final ExportSpec RETURN_STRING = ExportSpec.of("ReturnString", "String returnString()", Allocator.ALLOCATE,
      WasmSignature.builder().returnPointer().returns());

  private static final ExportSpec GREET = ExportSpec.of("Greet", "String greet(String name)", Allocator.ALLOCATE,
      WasmSignature.builder().returnPointer().i32("name.ptr").i32("name.len").returns());

  private static final ExportSpec ADD = ExportSpec.of("Add", "int add(int a, int b)", Allocator.NONE,
      WasmSignature.builder().i32("a").i32("b").returns(ValType.I32));

  private static final ModuleBinding BINDING = ModuleBinding.builder(RuntimeContract.V5, "demo.ReturnString", "greeter.wasm")
      .export(RETURN_STRING)
      .export(GREET)
      .export(ADD)
      .allocator("malloc", "free")
      .returnArea(8)
      .build();

  private static final BuildTimeMachine MACHINE = new BuildTimeMachine(
      "454aed582acec68d8a87181def46411257bf2db9fc5d58fd454cb4e586b13f79",
      "demo/ReturnStringWasm.meta", instance -> new ReturnStringWasmMachine(instance));

  private final Guest guest;

  private final GuestFunction returnString;

  private final GuestFunction greet;

  private final GuestFunction add;

  private final boolean callsDirectly;

  private ReturnStringWasm(Guest guest) {
    this.guest = guest;
    this.returnString = guest.function(RETURN_STRING);
    this.greet = guest.function(GREET);
    this.add = guest.function(ADD);
    this.callsDirectly = guest.runs(ReturnStringWasmMachine.class);
  }

  /**
   * A new instance of the {@code @WasmModule} resource with the default options.
   */
  public static ReturnStringWasm load() {
    return builder().build();
  }

  /**
   * Options for a new instance: the module, WASI, the engine, limits and host functions.
   */
  public static Builder builder() {
    return new Builder();
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
          ReturnStringWasmMachineFuncGroup_0.func_2(returnArea, guest.machineMemory(),
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
   * Calls the guest's export {@code Greet}, of wasm type
   * {@code (i32 retptr, i32 name.ptr, i32 name.len) -> nil}.
   * <p>String and array arguments are copied into guest memory for the call and freed when it
   * returns.
   * <p>The guest writes the result to a return area of 8 bytes, passed as the hidden first
   * argument {@code retptr}.
   * <p>The result's bytes stay the guest's: the binding copies them out and never frees them.
   */
  @Override
  public String greet(String name) {
    try (CallScope call = guest.enter()) {
      int returnArea = call.returnArea(8);
      GuestBuffer nameBuffer = call.writeString(name);
      if (callsDirectly) {
        try {
          ReturnStringWasmMachineFuncGroup_0.func_3(returnArea, nameBuffer.address(),
              nameBuffer.length(), guest.machineMemory(), guest.machineInstance());
        } catch (Throwable thrown) {
          throw greet.failedInScope(thrown);
        }
        greet.returnedInScope();
      } else {
        greet.callVoid(returnArea, nameBuffer.address(), nameBuffer.length());
      }
      return call.readString(call.bufferAt(returnArea));
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
        result = ReturnStringWasmMachineFuncGroup_0.func_4(a, b, guest.machineMemory(),
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
   * Releases the guest instance; later calls throw {@link java.lang.IllegalStateException}.
   */
  @Override
  public void close() {
    guest.close();
  }

  /**
   * Options for {@link ReturnStringWasm} instances and pools; each setter returns this builder.
   */
  public static final class Builder extends BindingBuilder<Builder> {
    private Builder() {
      super(ReturnStringWasm.class, BINDING, Engine.COMPILER, MACHINE);
    }

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * Checks the module against {@link ReturnString}, instantiates it and starts the guest.
     */
    public ReturnStringWasm build() {
      return new ReturnStringWasm(instantiate());
    }

    /**
     * A thread-safe {@link ReturnString} of up to {@code maxInstances} instances with these
     * options, checked against the module now and started as callers need them.
     * <p>Host-module implementations given to this builder are shared by all instances,
     * so they must be thread-safe.
     *
     * @param maxInstances how many instances may run calls at once
     */
    public Pool buildPool(int maxInstances) {
      return new Pool(pool(maxInstances, ReturnStringWasm::new));
    }
  }

  /**
   * {@link ReturnString} for any number of threads: each call runs on an idle instance of the
   * pool, started when needed; an instance whose call failed is replaced.
   */
  public static final class Pool implements ReturnString, AutoCloseable {
    private final GuestPool<ReturnStringWasm> pool;

    private Pool(GuestPool<ReturnStringWasm> pool) {
      this.pool = pool;
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
      GuestPool.Lease<ReturnStringWasm> lease = pool.borrow();
      try {
        return lease.binding().returnString();
      } finally {
        lease.release();
      }
    }

    /**
     * Calls the guest's export {@code Greet}, of wasm type
     * {@code (i32 retptr, i32 name.ptr, i32 name.len) -> nil}.
     * <p>String and array arguments are copied into guest memory for the call and freed when it
     * returns.
     * <p>The guest writes the result to a return area of 8 bytes, passed as the hidden first
     * argument {@code retptr}.
     * <p>The result's bytes stay the guest's: the binding copies them out and never frees them.
     */
    @Override
    public String greet(String name) {
      GuestPool.Lease<ReturnStringWasm> lease = pool.borrow();
      try {
        return lease.binding().greet(name);
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
      GuestPool.Lease<ReturnStringWasm> lease = pool.borrow();
      try {
        return lease.binding().add(a, b);
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
