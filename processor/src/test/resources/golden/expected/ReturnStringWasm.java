package demo;

import dev.wasmbind.WasmBindGenerated;
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
public final class ReturnStringWasm implements ReturnString, AutoCloseable {
  private static final ModuleBinding BINDING = ModuleBinding.builder("demo.ReturnString", "greeter.wasm")
      .export("ReturnString", "String returnString()", "(i32 retptr) -> nil", Allocator.MALLOC)
      .export("Greet", "String greet(String name)", "(i32 retptr, i32 name.ptr, i32 name.len) -> nil", Allocator.MALLOC_AND_FREE)
      .export("Add", "int add(int a, int b)", "(i32 a, i32 b) -> i32", Allocator.NONE)
      .returnArea(8)
      .build();

  private final Guest guest;

  private final GuestFunction returnString;

  private final GuestFunction greet;

  private final GuestFunction add;

  private ReturnStringWasm(Guest guest) {
    this.guest = guest;
    this.returnString = guest.function(0);
    this.greet = guest.function(1);
    this.add = guest.function(2);
  }

  public static ReturnStringWasm load() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String returnString() {
    try (CallScope call = guest.enter()) {
      int returnArea = call.returnArea();
      returnString.callVoid(returnArea);
      return call.readString(call.bufferAt(returnArea));
    }
  }

  @Override
  public String greet(String name) {
    try (CallScope call = guest.enter()) {
      int returnArea = call.returnArea();
      GuestBuffer nameBuffer = call.writeString(name);
      greet.callVoid(returnArea, nameBuffer.address(), nameBuffer.length());
      return call.readString(call.bufferAt(returnArea));
    }
  }

  @Override
  public int add(int a, int b) {
    return add.callI32(a, b);
  }

  @Override
  public void close() {
    guest.close();
  }

  public static final class Builder extends GuestBuilder<Builder> {
    private Builder() {
      super(ReturnStringWasm.class, BINDING, Engine.COMPILER);
    }

    @Override
    protected Builder self() {
      return this;
    }

    public ReturnStringWasm build() {
      return new ReturnStringWasm(instantiate());
    }
  }
}
