package dev.wasmbind.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wasmbind.Export;
import dev.wasmbind.WasmModule;
import dev.wasmbind.runtime.LeakCheck;
import java.nio.file.Path;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** {@link LeakCheck} on the C guests' counting allocator and on real TinyGo builds of wazero's allocation example. */
class LeakCheckTest {
    /** {@code OwnedString}'s result is malloc'd for the caller, but this binding forgets {@code @HostFrees}. */
    @WasmModule("types.wasm")
    interface Leaky {
        @Export("OwnedString")
        String owned(String s);

        @Export("LiveAllocations")
        int liveAllocations();
    }

    @Test
    void reportsTheLiveAllocationsThatAResultWithoutHostFreesLeaves() {
        LeakCheck.Report report = LeakCheck.of(LeakCheckTest_LeakyWasm::load)
                .liveAllocations(Leaky::liveAllocations)
                .warmUpCalls(10)
                .calls(500)
                .run(guest -> guest.owned("x"));

        assertThat(report.liveAllocationsGrew()).isTrue();
        assertThat(report.leaked()).isTrue();
        assertThat(report.liveAllocationsAfter().getAsInt() - report.liveAllocationsBefore().getAsInt())
                .isEqualTo(500);
        assertThat(report.toString())
                .startsWith("leak over 500 calls: guest memory ")
                .contains(", live allocations " + report.liveAllocationsBefore().getAsInt() + " -> "
                        + report.liveAllocationsAfter().getAsInt())
                .contains("declare the method @HostFrees");
    }

    @Test
    void findsNoLeakWhenTheBindingFreesTheResult() {
        LeakCheck.Report report = LeakCheck.of(StringsWasm::load)
                .liveAllocations(Strings::liveAllocations)
                .run(guest -> guest.owned("x".repeat(4096)));

        assertThat(report.leaked()).as(report.toString()).isFalse();
        assertThat(report.liveAllocationsAfter()).isEqualTo(report.liveAllocationsBefore());
        assertThat(report.toString()).startsWith("no leak over 1000 calls: guest memory ");
    }

    @Test
    void seesTheMemoryGrowWithoutACounter() {
        LeakCheck.Report report = LeakCheck.of(LeakCheckTest_LeakyWasm::load)
                .warmUpCalls(0)
                .calls(50)
                .run(guest -> guest.owned("x".repeat(64 * 1024)));

        assertThat(report.memoryGrew()).isTrue();
        assertThat(report.pagesAfter() - report.pagesBefore()).isGreaterThanOrEqualTo(50);
        assertThat(report.liveAllocationsBefore()).isEqualTo(OptionalInt.empty());
        assertThat(report.liveAllocationsGrew()).isFalse();
        assertThat(report.leaked()).isTrue();
    }

    @Test
    void refusesASupplierThatBuildsNoNewInstance() {
        try (StringsWasm existing = StringsWasm.load()) {
            assertThatThrownBy(() -> LeakCheck.of(() -> existing).run(guest -> guest.owned("x")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("LeakCheck.of(...) needs a supplier that builds one new instance with a generated "
                            + "load() or builder()...build(), but it started 0: measure one instance rather than a "
                            + "pool, and build it inside the supplier");
        }
    }

    @Test
    void makesTheWarmUpCallsAndThenTheCountedOnes() {
        AtomicInteger made = new AtomicInteger();
        LeakCheck.Report report = LeakCheck.of(StringsWasm::load)
                .warmUpCalls(3)
                .calls(1)
                .run(guest -> {
                    made.incrementAndGet();
                    guest.owned("x");
                });

        assertThat(made).hasValue(4);
        assertThat(report.leaked()).as(report.toString()).isFalse();
    }

    @Test
    void refusesCallCountsThatMeasureNothing() {
        LeakCheck<StringsWasm> check = LeakCheck.of(StringsWasm::load);

        assertThatThrownBy(() -> check.calls(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("calls(0): give at least one call");
        assertThatThrownBy(() -> check.warmUpCalls(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("warmUpCalls(-1): give zero or more calls");
    }

    @Test
    void refusesASupplierThatReturnsNull() {
        assertThatThrownBy(() -> LeakCheck.<StringsWasm>of(() -> null).run(guest -> {}))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("the supplier of LeakCheck.of(...) returned null");
    }

    @Test
    void findsTheLeakOfATinyGo0281GreetingBoundWithoutHostFrees() {
        Path module = TinyGoFixtures.require("wazero-greet-0.28.1/greet.wasm");
        TinyGoConformanceTest.LogRecorder log = new TinyGoConformanceTest.LogRecorder();
        String name = "x".repeat(1024);

        LeakCheck.Report leaky = LeakCheck.of(
                        () -> WazeroGreetWasm.builder().module(module).hostFunctions(log.function()).build())
                .run(guest -> guest.greeting(name));
        LeakCheck.Report freed = LeakCheck.of(
                        () -> WazeroGreetHostFreesWasm.builder().module(module).hostFunctions(log.function()).build())
                .run(guest -> guest.greeting(name));

        assertThat(leaky.memoryGrew()).as(leaky.toString()).isTrue();
        assertThat(leaky.toString()).contains("@HostFrees");
        assertThat(freed.leaked()).as(freed.toString()).isFalse();
    }

    @Test
    void findsNoLeakInAGuestOwnedTinyGo027Greeting() {
        Path module = TinyGoFixtures.require("wazero-greet-0.27/greet.wasm");
        TinyGoConformanceTest.LogRecorder log = new TinyGoConformanceTest.LogRecorder();

        LeakCheck.Report report = LeakCheck.of(
                        () -> WazeroGreetWasm.builder().module(module).hostFunctions(log.function()).build())
                .run(guest -> guest.greeting("x".repeat(1024)));

        assertThat(report.leaked()).as(report.toString()).isFalse();
    }
}
