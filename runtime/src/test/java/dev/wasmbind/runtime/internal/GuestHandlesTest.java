package dev.wasmbind.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.wasm.Parser;
import dev.wasmbind.runtime.WasmBindException;
import org.junit.jupiter.api.Test;

/** An instance's handle table: objects by handle and back, release, and what the guest may get wrong. */
class GuestHandlesTest {
    private final GuestHandles handles = new GuestHandles();

    @Test
    void handsOutOneHandlePerHeldObjectAndZeroForNull() {
        String first = new String("first");
        String equalButOther = new String("first");

        int handle = handles.toGuest(first);
        assertThat(handle).isNotZero();
        assertThat(handles.toGuest(first)).isEqualTo(handle);
        // identity, not equality: two equal objects are two objects to the guest
        assertThat(handles.toGuest(equalButOther)).isNotEqualTo(handle);
        assertThat(handles.toGuest(null)).isZero();
        assertThat(handles.get(0, String.class)).isNull();
        assertThat(handles.get(handle, CharSequence.class)).isSameAs(first);
        assertThat(handles.size()).isEqualTo(2);
    }

    @Test
    void aReleasedHandleNamesNothingAndReleasingItAgainIsTheGuestsError() {
        Object object = new Object();
        int handle = handles.toGuest(object);
        handles.release(handle);

        assertThat(handles.size()).isZero();
        assertThatThrownBy(() -> handles.get(handle, Object.class))
                .isInstanceOf(WasmBindException.class)
                .hasMessage("the guest used handle " + handle + ", which names no object of this instance: it was "
                        + "never handed to this instance's guest (another instance's handles name nothing here), or "
                        + "the guest released it already");
        assertThatThrownBy(() -> handles.release(handle))
                .isInstanceOf(WasmBindException.class)
                .hasMessage("the guest released handle " + handle + ", which names no object of this instance: it "
                        + "was never handed to this instance's guest, or released twice");
        assertThat(handles.toGuest(object)).isNotEqualTo(handle);
    }

    @Test
    void handlesAreUniqueAcrossInstancesSoAForeignOneNamesNothing() {
        GuestHandles other = new GuestHandles();
        int mine = handles.toGuest("mine");
        int theirs = other.toGuest("theirs");

        assertThat(theirs).isNotEqualTo(mine);
        assertThatThrownBy(() -> handles.get(theirs, String.class)).isInstanceOf(WasmBindException.class);
        assertThatThrownBy(() -> other.get(mine, String.class)).isInstanceOf(WasmBindException.class);
        assertThatThrownBy(() -> other.release(mine)).isInstanceOf(WasmBindException.class);
        assertThat(handles.get(mine, String.class)).isEqualTo("mine");
    }

    @Test
    void theReleaseImportAndHostCallsFindTheTableOfTheirInstanceUntilItIsReleased() {
        Instance instance = Instance.builder(Parser.parse(GuestTest.resource("allocator.wasm"))).build();
        handles.attachTo(instance);
        int handle = handles.toGuest("held");

        assertThat(new HostCall(instance, new long[] {handle}, null).handle(0, String.class)).isEqualTo("held");
        GuestHandles.releaseFunction().handle().apply(instance, handle);
        assertThat(handles.size()).isZero();

        handles.releaseAll(instance);
        assertThatThrownBy(() -> GuestHandles.of(instance))
                .isInstanceOf(WasmBindException.class)
                .hasMessage("this instance keeps no handles: it was not started by wasmbind, or is closed");
    }

    @Test
    void releasingAllForgetsEveryObjectBothWays() {
        Instance instance = Instance.builder(Parser.parse(GuestTest.resource("allocator.wasm"))).build();
        handles.attachTo(instance);
        Object object = new Object();
        handles.toGuest(object);

        handles.releaseAll(instance);
        assertThat(handles.size()).isZero();
        // handed out again, the object gets a handle that names it
        assertThat(handles.get(handles.toGuest(object), Object.class)).isSameAs(object);
    }
}
