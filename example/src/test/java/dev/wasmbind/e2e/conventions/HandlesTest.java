package dev.wasmbind.e2e.conventions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wasmbind.e2e.conventions.CounterEnv.Counter;
import dev.wasmbind.runtime.WasmBindException;
import dev.wasmbind.runtime.WasmCallException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The same object comes back for a handle, in exports and host functions, until the guest releases it. */
class HandlesTest {
    private final List<Counter> made = new ArrayList<>();
    private final HandlesWasm guest = HandlesWasm.load(new CounterEnv() {
        @Override
        public Counter newCounter(String name) {
            Counter counter = new Counter(name);
            made.add(counter);
            return counter;
        }

        @Override
        public int increment(Counter counter) {
            return ++counter.value;
        }
    });

    @AfterEach
    void close() {
        guest.close();
    }

    @Test
    void anObjectComesBackAsItselfAndNullAsNull() {
        Object object = new Object();

        assertThat(guest.pass(object)).isSameAs(object);
        assertThat(guest.pass(null)).isNull();
        assertThat(guest.raw(null)).isZero();
    }

    @Test
    void theSameObjectHasTheSameHandleWhileHeldAndAnotherOneADifferentHandle() {
        Object first = new Object();
        Object second = new Object();

        assertThat(guest.raw(first)).isEqualTo(guest.raw(first)).isNotZero();
        assertThat(guest.raw(second)).isNotEqualTo(guest.raw(first));
    }

    @Test
    void aKeptHandleNamesTheObjectAcrossCalls() {
        Counter counter = new Counter("kept");
        guest.keep(counter);
        guest.pass(new Object());

        assertThat(guest.kept()).isSameAs(counter);
    }

    @Test
    void hostFunctionsHandOutAndTakeBackObjectsThatTheGuestReleases() {
        assertThat(guest.countTo("steps", 5)).isEqualTo(5);
        assertThat(guest.countTo("more", 2)).isEqualTo(2);

        assertThat(made).extracting(counter -> counter.name).containsExactly("steps", "more");
        assertThat(made).extracting(counter -> counter.value).containsExactly(5, 2);
    }

    @Test
    void aReleasedHandleNamesNothingAndTheObjectGetsANewOneWhenPassedAgain() {
        Counter counter = new Counter("released");
        int handle = guest.raw(counter);
        guest.release(counter);

        assertThatThrownBy(() -> guest.forge(handle))
                .isInstanceOf(WasmBindException.class)
                .hasMessage("the guest used handle " + handle + ", which names no object of this instance: it was "
                        + "never handed to this instance's guest (another instance's handles name nothing here), or "
                        + "the guest released it already");
        assertThat(guest.raw(counter)).isNotEqualTo(handle);
    }

    @Test
    void aHandleOfAnotherInstanceNamesNothingHereEvenWhereThisInstanceHoldsHandles() {
        try (HandlesWasm other = HandlesWasm.load(new CounterEnv() {
            @Override
            public Counter newCounter(String name) {
                return new Counter(name);
            }

            @Override
            public int increment(Counter counter) {
                return ++counter.value;
            }
        })) {
            // both instances hand out handles, and neither's number names anything in the other
            int theirs = other.raw(new Counter("theirs"));
            int mine = guest.raw(new Counter("mine"));

            assertThat(mine).isNotEqualTo(theirs);
            assertThatThrownBy(() -> guest.forge(theirs))
                    .isInstanceOf(WasmBindException.class)
                    .hasMessage("the guest used handle " + theirs + ", which names no object of this instance: it "
                            + "was never handed to this instance's guest (another instance's handles name nothing "
                            + "here), or the guest released it already");
            assertThatThrownBy(() -> other.forge(mine)).isInstanceOf(WasmBindException.class);
            assertThat(guest.forge(mine).name).isEqualTo("mine");
        }
    }

    @Test
    void aRecordPassesAsAHandleLikeAnyObject() {
        Handles.Point point = new Handles.Point(3, 4);

        assertThat(guest.passPoint(point)).isSameAs(point);
    }

    @Test
    void aHandleOfAnotherTypeIsRefused() {
        int handle = guest.raw("not a counter");

        assertThatThrownBy(() -> guest.forge(handle))
                .isInstanceOf(WasmBindException.class)
                .hasMessage("the guest passed handle " + handle + " where a " + Counter.class.getName()
                        + " is expected, but it names a java.lang.String");
    }

    @Test
    void aMadeUpHandleGivenToAHostFunctionFailsTheCall() {
        assertThatThrownBy(() -> guest.incrementRaw(12345))
                .isInstanceOf(WasmCallException.class)
                .hasMessageContaining("env.increment")
                .rootCause()
                .hasMessageStartingWith("the guest used handle 12345, which names no object");
    }
}
