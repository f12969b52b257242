package nested;

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
public final class Outer_InnerWasm implements Outer.Inner, AutoCloseable {
  private static final ModuleBinding BINDING = ModuleBinding.builder("nested.Outer.Inner", "greeter.wasm")
      .export("Greet", "String greet(String call)", "(i32 retptr, i32 call.ptr, i32 call.len) -> nil", Allocator.MALLOC_AND_FREE)
      .export("ReturnString", "String returnString()", "(i32 retptr) -> nil", Allocator.MALLOC)
      .export("Add", "int add(int add, int guest)", "(i32 add, i32 guest) -> i32", Allocator.NONE)
      .returnArea(8)
      .build();

  private final Guest guest;

  private final GuestFunction greet;

  private final GuestFunction returnString;

  private final GuestFunction add;

  private Outer_InnerWasm(Guest guest) {
    this.guest = guest;
    this.greet = guest.function(0);
    this.returnString = guest.function(1);
    this.add = guest.function(2);
  }

  public static Outer_InnerWasm load() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String greet(String call) {
    try (CallScope call_ = guest.enter()) {
      int returnArea = call_.returnArea();
      GuestBuffer callBuffer = call_.writeString(call);
      greet.callVoid(returnArea, callBuffer.address(), callBuffer.length());
      return call_.readString(call_.bufferAt(returnArea));
    }
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
  public int add(int add, int guest) {
    return this.add.callI32(add, guest);
  }

  @Override
  public void close() {
    guest.close();
  }

  public static final class Builder extends GuestBuilder<Builder> {
    private Builder() {
      super(Outer_InnerWasm.class, BINDING, Engine.COMPILER);
    }

    @Override
    protected Builder self() {
      return this;
    }

    public Outer_InnerWasm build() {
      return new Outer_InnerWasm(instantiate());
    }
  }
}
