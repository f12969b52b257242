package dev.wasmbind.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wasmbind.runtime.WasmCallException;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The texts of call faults, written out, and how they stay readable: exact limits, bounded nesting. */
class CallMessagesTest {
    @Test
    void printsATimeLimitInMillisecondsExactlyEvenBelowOne() {
        assertThat(CallMessages.milliseconds(Duration.ofMillis(200))).isEqualTo("200 ms");
        assertThat(CallMessages.milliseconds(Duration.ofSeconds(2))).isEqualTo("2000 ms");
        assertThat(CallMessages.milliseconds(Duration.ofNanos(500_000))).isEqualTo("0.5 ms");
        assertThat(CallMessages.milliseconds(Duration.ofNanos(1_500_000))).isEqualTo("1.5 ms");
        assertThat(CallMessages.milliseconds(Duration.ofNanos(1))).isEqualTo("0.000001 ms");
        assertThat(CallMessages.timeLimitPassed(Duration.ofNanos(250_000)))
                .isEqualTo("the call ran longer than its time limit of 0.25 ms (builder().callTimeout(...)) and was "
                        + "stopped");
    }

    @Test
    void saysWhatAPoolsWaitCameTo() {
        assertThat(CallMessages.poolWaitTimedOut(Duration.ofMillis(100), 4))
                .isEqualTo("no instance of the pool became free within the call time limit of 100 ms "
                        + "(builder().callTimeout(...)), which covers the wait for an instance: every one of its 4 "
                        + "instances stayed busy; allow more instances, or a longer time limit");
    }

    @Test
    void quotesAHostFunctionsFailureWithItsClass() {
        assertThat(CallMessages.hostFunctionThrew("env", "read", new IOException("disk gone")))
                .isEqualTo("host function `env.read` threw java.io.IOException: disk gone");
    }

    @Test
    void keepsTheStartAndEndOfALongQuoteOnly() {
        String fits = "a".repeat(CallMessages.MAX_QUOTED);
        assertThat(CallMessages.bounded(fits)).isSameAs(fits);

        String text = "s".repeat(1500) + "m".repeat(3000) + "e".repeat(1500);
        String bounded = CallMessages.bounded(text);
        assertThat(bounded).isEqualTo("s".repeat(1000) + " [... 4000 characters left out ...] " + "e".repeat(1000));
        assertThat(CallMessages.bounded(text + "!")).endsWith("e".repeat(999) + "!")
                .contains(" [... 4001 characters left out ...] ");
    }

    @Test
    void cutsTheMiddleOutOfADeepChainOfNestedFailures() {
        Throwable root = new StackOverflowError();
        Throwable chain = root;
        for (int level = 1; level < Failures.MAX_CHAIN - 1; level++) {
            chain = new WasmCallException("CallBack", "level " + level, chain);
        }
        // one level short of the bound: kept whole
        assertThat(Failures.boundedChain(chain)).isSameAs(chain);

        Throwable deeper = new WasmCallException("CallBack", "level " + (Failures.MAX_CHAIN - 1), chain);
        Throwable kept = Failures.boundedChain(deeper);
        int depth = 0;
        for (Throwable t = kept; t != null; t = t.getCause()) {
            depth++;
        }
        assertThat(depth).isEqualTo(Failures.KEPT_LAST);
        assertThat(kept).hasMessage("wasm export `CallBack` failed: level " + (Failures.KEPT_LAST - 1))
                .hasRootCause(root);
        assertThat(Failures.boundedChain(null)).isNull();
    }
}
