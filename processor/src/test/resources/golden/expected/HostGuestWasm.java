package host;

import dev.wasmbind.WasmBindGenerated;
import dev.wasmbind.runtime.Abi;
import dev.wasmbind.runtime.Allocator;
import dev.wasmbind.runtime.CallScope;
import dev.wasmbind.runtime.Engine;
import dev.wasmbind.runtime.Guest;
import dev.wasmbind.runtime.GuestBuffer;
import dev.wasmbind.runtime.GuestBuilder;
import dev.wasmbind.runtime.GuestFunction;
import dev.wasmbind.runtime.ModuleBinding;
import javax.annotation.processing.Generated;

@Generated("dev.wasmbind.processor.WasmBindProcessor")
@WasmBindGenerated
public final class HostGuestWasm implements HostGuest, AutoCloseable {
  private static final ModuleBinding BINDING = ModuleBinding.builder("host.HostGuest", "host_imports.wasm")
      .export("Greet", "void greet(String name)", "(i32 name.ptr, i32 name.len) -> nil", Allocator.MALLOC_AND_FREE)
      .export("Add", "int add(int a, int b)", "(i32 a, i32 b) -> i32", Allocator.NONE)
      .export("Params", "void params()", "() -> nil", Allocator.NONE)
      .export("Uint8", "@Unsigned byte uint8()", "() -> i32", Allocator.NONE)
      .export("Uint32", "@Unsigned long uint32()", "() -> i32", Allocator.NONE)
      .export("Now", "long now()", "() -> i64", Allocator.NONE)
      .hostModule(EnvHostFunctions.BINDING, "env")
      .hostModule(HostGuest_ClockHostFunctions.BINDING, "clock")
      .build();

  private final Guest guest;

  private final GuestFunction greet;

  private final GuestFunction add;

  private final GuestFunction params;

  private final GuestFunction uint8;

  private final GuestFunction uint32;

  private final GuestFunction now;

  private HostGuestWasm(Guest guest) {
    this.guest = guest;
    this.greet = guest.function(0);
    this.add = guest.function(1);
    this.params = guest.function(2);
    this.uint8 = guest.function(3);
    this.uint32 = guest.function(4);
    this.now = guest.function(5);
  }

  public static HostGuestWasm load(Env env, HostGuest.Clock clock) {
    return builder().env(env).clock(clock).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  @Override
  public void greet(String name) {
    try (CallScope call = guest.enter()) {
      GuestBuffer nameBuffer = call.writeString(name);
      greet.callVoid(nameBuffer.address(), nameBuffer.length());
    }
  }

  @Override
  public int add(int a, int b) {
    return add.callI32(a, b);
  }

  @Override
  public void params() {
    params.callVoid();
  }

  @Override
  public byte uint8() {
    return (byte) uint8.callI32();
  }

  @Override
  public long uint32() {
    return Abi.toU32(uint32.callI32());
  }

  @Override
  public long now() {
    return now.callI64();
  }

  @Override
  public void close() {
    guest.close();
  }

  public static final class Builder extends GuestBuilder<Builder> {
    private Builder() {
      super(HostGuestWasm.class, BINDING, Engine.COMPILER);
    }

    @Override
    protected Builder self() {
      return this;
    }

    public HostGuestWasm build() {
      return new HostGuestWasm(instantiate());
    }

    public Builder env(Env env) {
      return hostModule("env", EnvHostFunctions.of(env));
    }

    public Builder clock(HostGuest.Clock clock) {
      return hostModule("clock", HostGuest_ClockHostFunctions.of(clock));
    }
  }
}
