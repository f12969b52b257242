package dev.wasmbind.runtime.internal;

import static dev.wasmbind.runtime.internal.Signatures.sig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dylibso.chicory.runtime.HostFunction;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.wasm.types.FunctionType;
import dev.wasmbind.runtime.Engine;
import dev.wasmbind.runtime.WasmCallException;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A canonical-ABI guest's {@code cabi_post_<export>} releases a result once the binding has read it: when the call's
 * scope closes, newest first, never after the instance was poisoned. canonical.wasm's post-returns count themselves,
 * remember what they were given and wipe the text they release.
 */
class PostReturnTest {
    private static final ExportSpec TEXT = ExportSpec.of("text", "String text()", Allocator.NONE, sig("() -> i64"));
    private static final ExportSpec PAIR =
            ExportSpec.of("pair", "String pair()", Allocator.NONE, sig("() -> (i32, i32)"));
    private static final ExportSpec DOOMED = ExportSpec.of("doomed", "int doomed()", Allocator.NONE, sig("() -> i32"));
    private static final ExportSpec TRAP = ExportSpec.of("trap", "void trap()", Allocator.NONE, sig("() -> nil"));
    private static final ExportSpec EXHAUST =
            ExportSpec.of("exhaust", "void exhaust()", Allocator.NONE, sig("() -> nil"));
    private static final ExportSpec POSTS = ExportSpec.of("posts", "int posts()", Allocator.NONE, sig("() -> i32"));
    private static final ExportSpec POSTED_PTR =
            ExportSpec.of("posted_ptr", "int postedPtr()", Allocator.NONE, sig("() -> i32"));
    private static final ExportSpec POSTED_LEN =
            ExportSpec.of("posted_len", "int postedLen()", Allocator.NONE, sig("() -> i32"));

    private static final ModuleBinding CANONICAL =
            ModuleBinding.builder(RuntimeContract.V5, "test.Canonical", "canonical.wasm")
                    .export(TEXT)
                    .export(PAIR)
                    .export(DOOMED)
                    .export(TRAP)
                    .export(EXHAUST)
                    .export(POSTS)
                    .export(POSTED_PTR)
                    .export(POSTED_LEN)
                    .build();

    /** The instances that called test.heap, which throws {@link #heapFailure} when one is set. */
    private final List<Instance> heapCalls = new ArrayList<>();
    private OutOfMemoryError heapFailure;
    private final Guest guest = new GuestTest.TestBuilder(CANONICAL, Engine.INTERPRETER)
            .hostFunctions(new HostFunction("test", "heap", FunctionType.empty(), (instance, args) -> {
                heapCalls.add(instance);
                if (heapFailure != null) {
                    throw heapFailure;
                }
                return null;
            }))
            .build();

    @AfterEach
    void close() {
        guest.close();
    }

    private int posts() {
        return guest.function(POSTS).callI32();
    }

    private GuestBuffer text(CallScope call) {
        return call.unpack(guest.function(TEXT).callI64());
    }

    @Test
    void releasesAResultReadInAScopeWhenTheScopeCloses() {
        try (CallScope call = guest.enter()) {
            GuestBuffer text = text(call);

            assertThat(posts()).isZero();
            assertThat(call.readString(text)).isEqualTo("canonical");
        }
        assertThat(posts()).isEqualTo(1);
        assertThat(guest.function(POSTED_LEN).callI32()).isEqualTo(9);
    }

    @Test
    void releasesEveryResultOfAScopeNewestFirst() {
        for (int round = 1; round <= 2; round++) {
            GuestBuffer first;
            try (CallScope call = guest.enter()) {
                first = text(call);
                GuestBuffer second = text(call);
                GuestBuffer third = call.unpack(guest.function(PAIR).callPair());

                assertThat(List.of(first, second, third)).doesNotHaveDuplicates();
                assertThat(posts()).isEqualTo(3 * (round - 1));
                assertThat(List.of(call.readString(first), call.readString(second), call.readString(third)))
                        .containsOnly("canonical");
            }
            assertThat(posts()).isEqualTo(3 * round);
            // the oldest result is released last
            assertThat(guest.function(POSTED_PTR).callI32()).isEqualTo(first.address());
        }
    }

    @Test
    void givesThePostReturnOfTwoResultsBothOfThem() {
        GuestBuffer pair;
        try (CallScope call = guest.enter()) {
            pair = call.unpack(guest.function(PAIR).callPair());
            assertThat(call.readString(pair)).isEqualTo("canonical");
        }
        assertThat(guest.function(POSTED_PTR).callI32()).isEqualTo(pair.address());
        assertThat(guest.function(POSTED_LEN).callI32()).isEqualTo(9);
    }

    @Test
    void aResultReadAfterANestedScopeClosedIsReleasedWithTheOuterScope() {
        try (CallScope outer = guest.enter()) {
            try (CallScope inner = guest.enter()) {
                assertThat(posts()).isZero();
            }
            GuestBuffer text = text(outer);

            assertThat(posts()).isZero();
            assertThat(outer.readString(text)).isEqualTo("canonical");
        }
        assertThat(posts()).isEqualTo(1);
    }

    @Test
    void aScopeWhoseCallTrappedReleasesNothingAndClosesCleanly() {
        CallScope call = guest.enter();
        text(call);
        assertThatThrownBy(() -> guest.function(TRAP).callVoid()).isInstanceOf(WasmCallException.class);

        assertThatCode(call::close).doesNotThrowAnyException();
        assertThat(guest.isUsable()).isFalse();
    }

    @Test
    void aPostReturnThatTrapsFailsTheCallAndLetsTheInstanceGo() {
        assertThatThrownBy(() -> guest.function(DOOMED).callI32())
                .isInstanceOfSatisfying(WasmCallException.class,
                        e -> assertThat(e.exportName()).isEqualTo("cabi_post_doomed"));

        // the call that failed let the instance go: this close closes it at once
        guest.close();
        assertThatThrownBy(guest::enter)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("this instance of test.Canonical is closed: make every call before close() (inside its "
                        + "try-with-resources block), or load a new instance");
    }

    @Test
    void dropsTheInstanceAlsoFromThePostReturnsWhenTheHeapRunsOut() throws InterruptedException {
        heapFailure = new OutOfMemoryError("the host function filled the heap");

        assertThatThrownBy(() -> guest.function(EXHAUST).callVoid()).isInstanceOf(WasmCallException.class);
        WeakReference<Instance> dropped = new WeakReference<>(heapCalls.remove(0));
        for (int i = 0; i < 100 && dropped.get() != null; i++) {
            System.gc();
            Thread.sleep(10);
        }
        // the guest itself is still reachable, and holds on to nothing of the instance
        assertThat(dropped.get()).isNull();
        assertThat(guest.isUsable()).isFalse();
    }
}
