package dev.wasmbind.processor.kinds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dylibso.chicory.wasm.types.ValType;
import com.squareup.javapoet.CodeBlock;
import dev.wasmbind.runtime.internal.Abi;
import dev.wasmbind.runtime.internal.CallScope;
import dev.wasmbind.runtime.internal.GuestBuffer;
import org.junit.jupiter.api.Test;

/** The runtime methods generated code calls are found, with their types, before any code is written. */
class RuntimeOpTest {

    @Test
    void everyRegisteredKindAndTheCallMechanicsFindTheirRuntimeMethods() {
        // each kind resolves its methods when its class loads, and would throw here if the runtime lacked one
        assertThat(ValueKinds.all()).isNotEmpty().doesNotContainNull();
        assertThat(RuntimeOps.call(ValType.I32).returnType()).isEqualTo(int.class);
        assertThat(RuntimeOps.ENTER.returnType()).isEqualTo(CallScope.class);
    }

    @Test
    void writesCallsOfStaticAndInstanceMethods() {
        RuntimeOp bool = RuntimeOp.of(Abi.class, "bool", boolean.class).returning(long.class);
        RuntimeOp bufferAt = RuntimeOp.of(CallScope.class, "bufferAt", int.class).returning(GuestBuffer.class);

        assertThat(bool.call(CodeBlock.of("flag")).toString()).isEqualTo("dev.wasmbind.runtime.internal.Abi.bool(flag)");
        assertThat(bool).hasToString("public static long dev.wasmbind.runtime.internal.Abi.bool(boolean)");
        assertThat(bufferAt.callOn("call", CodeBlock.of("returnArea + 8")).toString())
                .isEqualTo("call.bufferAt(returnArea + 8)");
    }

    @Test
    void refusesAMethodTheRuntimeDoesNotHave() {
        assertThatThrownBy(() -> RuntimeOp.of(CallScope.class, "writeShorts", short[].class))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("dev.wasmbind.runtime.internal.CallScope.writeShorts");
        // the parameter types are part of the method
        assertThatThrownBy(() -> RuntimeOp.of(Abi.class, "bool", int.class))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void refusesAMethodOfAnotherReturnType() {
        assertThatThrownBy(() -> RuntimeOp.of(CallScope.class, "readI32", int.class).returning(long.class))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("returns int, but the processor expects long");
    }

    @Test
    void refusesToCallAStaticMethodOnAReceiverAndTheOtherWayRound() {
        RuntimeOp bool = RuntimeOp.of(Abi.class, "bool", boolean.class);
        RuntimeOp readI32 = RuntimeOp.of(CallScope.class, "readI32", int.class);

        assertThatThrownBy(() -> bool.callOn("abi", CodeBlock.of("flag")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageEndingWith("Abi.bool(boolean) is static");
        assertThatThrownBy(() -> readI32.call(CodeBlock.of("0")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageEndingWith("CallScope.readI32(int) is no static method");
    }
}
