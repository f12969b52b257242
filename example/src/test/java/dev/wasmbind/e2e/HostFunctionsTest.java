package dev.wasmbind.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wasmbind.runtime.GuestBufferWriter;
import dev.wasmbind.runtime.GuestPoisonedException;
import dev.wasmbind.runtime.WasmCallException;
import dev.wasmbind.runtime.WasmLinkException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HostFunctionsTest {
    /** An ordinary Java implementation; {@code reenter} calls back into the guest that called it. */
    static final class RecordingEnv implements Env {
        final List<String> log = new ArrayList<>();
        final List<byte[]> bytes = new ArrayList<>();
        final List<String> names = new ArrayList<>();
        final AtomicReference<HostGuest> guest = new AtomicReference<>();
        final List<Integer> uriCapacities = new ArrayList<>();
        String uri = "";
        final Map<String, String> config = new HashMap<>();
        byte[] payload = new byte[0];
        /** What {@code log} does besides recording the message. */
        Runnable duringLog = () -> {};

        @Override
        public void log(String message) {
            log.add(message);
            duringLog.run();
        }

        @Override
        public void logBytes(byte[] value) {
            bytes.add(value);
        }

        @Override
        public int add(int a, int b) {
            return a + b;
        }

        @Override
        public double scale(double value) {
            return value * 2;
        }

        @Override
        public float scale32(float value) {
            return value * 3;
        }

        @Override
        public long wide(long value) {
            return value ^ Long.MIN_VALUE;
        }

        @Override
        public boolean check(boolean value) {
            return !value;
        }

        @Override
        public int small(byte a, byte b, short c, char d) {
            // each argument, widened the way its Go type says, packed so the test can see every one
            return a + Byte.toUnsignedInt(b) * 1000 + c * 1_000_000 + d;
        }

        @Override
        public void fail() {
            throw new IllegalStateException("host says no");
        }

        @Override
        public int reenter(int value) {
            return guest.get().twice(value);
        }

        @Override
        public int getUri(GuestBufferWriter buf) {
            uriCapacities.add(buf.capacity());
            return buf.write(uri);
        }

        @Override
        public String config(String key) {
            return config.get(key);
        }

        @Override
        public byte[] payload() {
            return payload;
        }

        @Override
        public int reenterName(int index) {
            String name = guest.get().name(index);
            names.add(name);
            return name.length();
        }
    }

    private final RecordingEnv env = new RecordingEnv();
    private final HostGuestWasm guest = HostGuestWasm.load(env);

    {
        env.guest.set(guest);
    }

    @AfterEach
    void close() {
        guest.close();
    }

    @Test
    void passesStringsFromTheGuest() {
        guest.greet("wörld 🌍");
        guest.greet("");

        assertThat(env.log).containsExactly("wasm >> Hello, wörld 🌍!", "wasm >> Hello, !");
    }

    @Test
    void passesByteSlicesFromTheGuest() {
        guest.logBytes(new byte[] {(byte) 0xFF, 0, 1});
        guest.logBytes(new byte[0]);

        assertThat(env.bytes).containsExactly(new byte[] {(byte) 0xFF, 0, 1}, new byte[0]);
    }

    @Test
    void handsAStringToTheGuestInMemoryFromTheAllocatorItNames() {
        env.config.put("region", "eu-west-1 ✓");
        env.config.put("empty", "");
        int live = guest.liveAllocations();

        assertThat(guest.config("region")).isEqualTo("eu-west-1 ✓");
        assertThat(guest.wasmMallocCalls()).isEqualTo(1);
        // an empty value is (0, 0): nothing to allocate
        assertThat(guest.config("empty")).isEmpty();
        assertThat(guest.wasmMallocCalls()).isEqualTo(1);
        // the guest freed what it was given
        assertThat(guest.liveAllocations()).isEqualTo(live);
    }

    @Test
    void handsEveryByteValueToTheGuestInMemoryFromMalloc() {
        byte[] everyByte = new byte[256];
        for (int i = 0; i < everyByte.length; i++) {
            everyByte[i] = (byte) i;
        }
        env.payload = everyByte;
        int live = guest.liveAllocations();

        assertThat(guest.payloadDigest()).isEqualTo(256 * 1_000_000L + 255 * 256 / 2);
        assertThat(guest.wasmMallocCalls()).isZero();
        assertThat(guest.liveAllocations()).isEqualTo(live);
    }

    @Test
    void aNullResultFailsTheCallWithTheHostFunctionNamed() {
        assertThatThrownBy(() -> guest.config("missing"))
                .isInstanceOf(WasmCallException.class)
                .hasMessageContaining("env.config")
                .rootCause()
                .hasMessage("the host function returned null, but the guest takes a Go string or slice, which has "
                        + "no null: return an empty value instead");
    }

    @Test
    void passesScalarsBothWays() {
        assertThat(guest.callAdd(Integer.MAX_VALUE, 1)).isEqualTo(Integer.MIN_VALUE);
        assertThat(guest.callScale(-0.75)).isEqualTo(-1.5);
        assertThat(guest.callScale32(0.5f)).isEqualTo(1.5f);
        assertThat(guest.callWide(1)).isEqualTo(1 | Long.MIN_VALUE);
        assertThat(guest.callCheck(true)).isFalse();
        assertThat(guest.callCheck(false)).isTrue();
    }

    @Test
    void widensSmallIntegersTheWayTheirGoTypesSay() {
        assertThat(guest.callSmall((byte) -1, (byte) 0xFF, (short) -2, '\uFFFF'))
                .isEqualTo(-1 + 255 * 1000 + -2 * 1_000_000 + 65535);
    }

    @Test
    void surfacesAHostExceptionToTheCallerOfTheExportAndRetiresTheInstance() {
        assertThatThrownBy(guest::callFail)
                .isInstanceOfSatisfying(WasmCallException.class, e -> assertThat(e.exportName()).isEqualTo("CallFail"))
                .hasMessageContaining("env.fail")
                .cause()
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("host says no");
        // the guest's frames were unwound without restoring its stack pointer
        assertThatThrownBy(() -> guest.callAdd(1, 2))
                .isInstanceOfSatisfying(GuestPoisonedException.class,
                        e -> assertThat(e.failedExport()).isEqualTo("CallFail"));
    }

    @Test
    void aNestedFailureThatTheHostSwallowsFailsTheCallThatPassedAString() {
        env.duringLog = () -> assertThatThrownBy(guest::callFail).isInstanceOf(WasmCallException.class);

        assertThatThrownBy(() -> guest.greet("careless"))
                .isInstanceOfSatisfying(GuestPoisonedException.class,
                        e -> assertThat(e.failedExport()).isEqualTo("CallFail"));
        assertThat(env.log).containsExactly("wasm >> Hello, careless!");
    }

    @Test
    void letsAHostFunctionCallBackIntoTheSameInstance() {
        assertThat(guest.reenter(5)).isEqualTo(11);
    }

    @Test
    void fillsTheGuestsBufferWhichRetriesWithTheLengthWhenItWasTooSmall() {
        env.uri = "/v1.0/hello?name=teddy";

        assertThat(guest.uri(64)).isEqualTo("/v1.0/hello?name=teddy");
        assertThat(guest.uri(4)).isEqualTo("/v1.0/hello?name=teddy");
        assertThat(guest.uri(22)).isEqualTo("/v1.0/hello?name=teddy");
        // the guest's limits, call by call: 64 fits; 4 does not, so the guest asks again with the full length
        assertThat(env.uriCapacities).containsExactly(64, 4, 22, 22);
    }

    @Test
    void fillsTheGuestsBufferWithUtf8AndTellsAnEmptyValueInOneCall() {
        env.uri = "/grüße/🌍";
        assertThat(guest.uri(0)).isEqualTo("/grüße/🌍");
        env.uri = "";
        assertThat(guest.uri(0)).isEmpty();

        assertThat(env.uriCapacities).containsExactly(0, 13, 0);
    }

    @Test
    void givesAReenteringCallAReturnAreaOfItsOwn() {
        assertThat(guest.nameAround(0)).isEqualTo("zero");
        assertThat(guest.nameAround(1)).isEqualTo("one");
        assertThat(env.names).containsExactly("one", "two");
    }

    @Test
    void requiresAnImplementationOfEveryImportedHostModule() {
        assertThatThrownBy(() -> HostGuestWasm.builder().build())
                .isInstanceOf(WasmLinkException.class)
                .hasMessageStartingWith("missing host functions for dev.wasmbind.e2e.HostGuest:\n  missing "
                        + "implementation of dev.wasmbind.e2e.Env: host.wasm imports `env.");
    }
}
