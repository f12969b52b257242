package host;

import com.dylibso.chicory.runtime.HostFunction;
import com.dylibso.chicory.wasm.types.ValType;
import dev.wasmbind.WasmBindGenerated;
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
public final class HostGuest_ClockHostFunctions {
  private static final ImportSpec NOW = ImportSpec.of("now", "long now()",
      WasmSignature.builder().returns(ValType.I64));

  public static final HostModuleBinding BINDING = HostModuleBinding.builder(RuntimeContract.V5, "clock", "host.HostGuest.Clock")
      .function(NOW)
      .build();

  private HostGuest_ClockHostFunctions() {
  }

  /**
   * The host functions that call {@code clock}.
   */
  public static List<HostFunction> of(HostGuest.Clock clock) {
    Objects.requireNonNull(clock, "clock");
    return List.of(
        HostFunctions.defineScalar(BINDING, NOW, args -> HostFunctions.value(clock.now())));
  }
}
