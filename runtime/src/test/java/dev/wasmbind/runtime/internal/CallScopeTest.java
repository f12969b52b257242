package dev.wasmbind.runtime.internal;

import static dev.wasmbind.runtime.internal.Signatures.sig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wasmbind.runtime.GuestExitException;
import dev.wasmbind.runtime.Engine;
import dev.wasmbind.runtime.WasmCallException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Return areas by nesting depth, and what closing a scope frees, counted by allocator.wasm's {@code live}. */
class CallScopeTest {
    private static final ExportSpec LIVE =
            ExportSpec.of("live", "int live()", Allocator.NONE, sig("() -> i32"));
    private static final ExportSpec ECHO =
            ExportSpec.of("echo", "String echo(String s)", Allocator.ALLOCATE_AND_FREE_RESULT, sig("(i32 retptr, i32 s.ptr, i32 s.len) -> nil"));
    /** allocator.wasm's first block, which the guest allocates for the shared return area when it starts. */
    private static final int FIRST_BLOCK = 1024;

    private static final ModuleBinding ALLOCATOR = ModuleBinding.builder(RuntimeContract.V5, "test.Allocator", "allocator.wasm")
            .export(LIVE)
            .export(ECHO)
            .returnArea(8)
            .build();

    private final Guest guest = new GuestTest.TestBuilder(ALLOCATOR, Engine.INTERPRETER).build();

    @AfterEach
    void close() {
        guest.close();
    }

    private int live() {
        return guest.function(LIVE).callI32();
    }

    private String echoThrough(CallScope call, int returnArea, String text) {
        GuestBuffer s = call.writeString(text);
        guest.function(ECHO).callVoid(returnArea, s.address(), s.length());
        return call.readString(call.bufferAt(returnArea));
    }

    @Test
    void givesEveryOutermostCallTheReturnAreaAllocatedAtStart() {
        for (int i = 0; i < 3; i++) {
            try (CallScope call = guest.enter()) {
                assertThat(call.returnArea(8)).isEqualTo(FIRST_BLOCK);
                assertThat(live()).isEqualTo(1);
            }
        }
    }

    @Test
    void refusesAResultLargerThanTheReturnArea() {
        try (CallScope call = guest.enter()) {
            assertThatThrownBy(() -> call.returnArea(9))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("a result of 9 bytes does not fit the return area of 8 bytes");
            assertThatThrownBy(() -> call.returnArea(-1)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void takesAResultOfAnySizeFromNothingToTheWholeReturnArea() {
        try (CallScope call = guest.enter()) {
            assertThat(call.returnArea(0)).isEqualTo(FIRST_BLOCK);
            assertThat(call.returnArea(8)).isEqualTo(FIRST_BLOCK);
        }
    }

    @Test
    void clearsTheResultsBytesOfTheReturnArea() {
        try (CallScope call = guest.enter()) {
            echoThrough(call, call.returnArea(8), "left over");
            int area = call.returnArea(8);

            assertThat(call.bufferAt(area)).isEqualTo(new GuestBuffer(0, 0));
        }
    }

    @Test
    void givesANestedCallAFreshReturnAreaAndFreesIt() {
        try (CallScope outer = guest.enter()) {
            int outerArea = outer.returnArea(8);
            try (CallScope inner = guest.enter()) {
                int innerArea = inner.returnArea(8);

                assertThat(innerArea).isNotZero().isNotEqualTo(outerArea);
                assertThat(live()).isEqualTo(2);
                assertThat(echoThrough(inner, innerArea, "inner")).isEqualTo("inner");
            }
            assertThat(live()).isEqualTo(1);
            assertThat(echoThrough(outer, outerArea, "outer")).isEqualTo("outer");
        }
    }

    @Test
    void freesEveryBlockOfACallThatAllocatesMany() {
        try (CallScope call = guest.enter()) {
            for (int i = 0; i < 9; i++) {
                call.writeString("argument " + i);
            }
            assertThat(live()).isEqualTo(10);
        }
        assertThat(live()).isEqualTo(1);
    }

    @Test
    void packsACallsArgumentsIntoOneBlockSizedByThePreviousCall() {
        try (CallScope call = guest.enter()) {
            call.writeString("a");
            // the first argument's block has no room yet: this one gets a block of its own
            assertThat(call.writeString("bcdefghi").address()).isNotZero();
            assertThat(live()).isEqualTo(3);
        }
        try (CallScope call = guest.enter()) {
            GuestBuffer first = call.writeString("a");
            GuestBuffer second = call.writeString("bcdefghi");

            assertThat(second.address()).isEqualTo(first.address() + 8);
            assertThat(live()).isEqualTo(2);
            GuestBuffer third = call.writeString("jk");
            assertThat(third.address()).isNotZero().isNotIn(first.address(), second.address());
            assertThat(live()).isEqualTo(3);
            assertThat(call.readString(first)).isEqualTo("a");
            assertThat(call.readString(second)).isEqualTo("bcdefghi");
            assertThat(call.readString(third)).isEqualTo("jk");
        }
        assertThat(live()).isEqualTo(1);
    }

    @Test
    void borrowedArgumentsShareABufferThatGrowsAndOutlivesTheCall() {
        int buffer;
        try (CallScope call = guest.enter()) {
            GuestBuffer longs = call.borrowLongs(new long[] {1, 2});
            buffer = longs.address();
            assertThat(call.readLongs(longs)).containsExactly(1, 2);
        }
        assertThat(live()).isEqualTo(2);

        int grown;
        try (CallScope call = guest.enter()) {
            GuestBuffer ints = call.borrowInts(new int[] {7});
            GuestBuffer floats = call.borrowFloats(new float[] {1.5f});
            // 16 bytes used: the buffer grows; the arguments in the old one stay where they are until the call ends
            GuestBuffer doubles = call.borrowDoubles(new double[] {2.5});
            grown = doubles.address();

            assertThat(ints.address()).isEqualTo(buffer);
            assertThat(floats.address()).isEqualTo(buffer + 8);
            assertThat(grown).isNotIn(0, buffer);
            assertThat(call.readInts(ints)).containsExactly(7);
            assertThat(call.readFloats(floats)).containsExactly(1.5f);
            assertThat(call.readDoubles(doubles)).containsExactly(2.5);
            assertThat(live()).isEqualTo(3);
        }
        assertThat(live()).isEqualTo(2);

        try (CallScope call = guest.enter()) {
            // the grown buffer took 32 bytes: these fill it exactly
            GuestBuffer bytes = call.borrowBytes(new byte[32]);

            assertThat(bytes.address()).isEqualTo(grown);
            assertThat(call.readBytes(bytes)).hasSize(32);
            assertThat(live()).isEqualTo(2);
        }
    }

    @Test
    void aNestedCallCopiesABorrowedArgumentInAndFreesIt() {
        try (CallScope outer = guest.enter()) {
            GuestBuffer outerArgument = outer.borrowString("outer");
            try (CallScope inner = guest.enter()) {
                GuestBuffer innerArgument = inner.borrowString("inner");

                assertThat(innerArgument.address()).isNotEqualTo(outerArgument.address());
                assertThat(inner.readString(innerArgument)).isEqualTo("inner");
                assertThat(live()).isEqualTo(3);
            }
            assertThat(live()).isEqualTo(2);
            assertThat(outer.readString(outerArgument)).isEqualTo("outer");
        }
    }

    @Test
    void readsSmallIntegersThroughTheScope() {
        try (CallScope call = guest.enter()) {
            GuestBuffer bytes = call.writeBytes(new byte[] {(byte) 0xFE, (byte) 0xFF});

            assertThat(call.readI16(bytes.address())).isEqualTo((short) -2);
            assertThat(call.readU16(bytes.address())).isEqualTo('\uFFFE');
            assertThat(call.readI8(bytes.address())).isEqualTo((byte) -2);
        }
    }

    @Test
    void refusesToEnterAClosedBinding() {
        guest.close();

        assertThatThrownBy(guest::enter)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageMatching("this instance of [\\w.]+ is closed: make every call before close\\(\\) .*");
    }

    @Test
    void freesNothingOnceTheBindingIsClosed() {
        CallScope call = guest.enter();
        call.writeString("left behind");
        guest.close();

        assertThatCode(call::close).doesNotThrowAnyException();
    }

    @Test
    void stopsAtTheFirstFreeThatTrapsAsTheInstanceIsPoisonedThen() {
        try (Guest failing = ProbeGuest.start(Engine.INTERPRETER)) {
            CallScope call = failing.enter();
            call.writeString("first");
            call.writeString("second");
            call.writeString("third");

            assertThatThrownBy(call::close)
                    .isInstanceOfSatisfying(WasmCallException.class, e -> {
                        assertThat(e.exportName()).isEqualTo("free");
                        assertThat(e.getSuppressed()).isEmpty();
                    });
            assertThat(failing.isUsable()).isFalse();
        }
    }

    @Test
    void closingTheInstanceFreesTheBorrowedBufferAndClosesItEvenWhenThatFreeTraps() {
        Guest failing = ProbeGuest.start(Engine.INTERPRETER);
        try (CallScope call = failing.enter()) {
            call.borrowString("kept for the next call");
        }
        failing.handles().toGuest(new Object());

        assertThatThrownBy(failing::close)
                .isInstanceOfSatisfying(WasmCallException.class, e -> assertThat(e.exportName()).isEqualTo("free"));
        assertThat(failing.handles().size()).isZero();
        assertThatThrownBy(failing::enter)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("this instance of test.Probe is closed: make every call before "
                        + "close() (inside its try-with-resources block), or load a new instance");
    }

    @Test
    void freesNothingOnceTheGuestExited() {
        try (Guest exiting = ProbeGuest.start(Engine.INTERPRETER)) {
            assertThatThrownBy(() -> {
                        try (CallScope call = exiting.enter()) {
                            call.writeString("left behind");
                            exiting.function(ProbeGuest.EXIT).callVoid(7);
                        }
                    })
                    .isInstanceOf(GuestExitException.class)
                    .satisfies(e -> assertThat(e.getSuppressed()).isEmpty());
        }
    }
}
