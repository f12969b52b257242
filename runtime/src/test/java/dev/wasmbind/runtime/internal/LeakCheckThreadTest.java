package dev.wasmbind.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wasmbind.runtime.Engine;
import dev.wasmbind.runtime.LeakCheck;
import org.junit.jupiter.api.Test;

/** What a {@link LeakCheck} run leaves on its thread: nothing, so instances built there later are not kept. */
class LeakCheckThreadTest {
    private static final ModuleBinding ALLOCATOR =
            ModuleBinding.builder(RuntimeContract.V5, "test.Allocator", "modules/allocator.wasm").build();

    private static final class AllocatorBuilder extends BindingBuilder<AllocatorBuilder> {
        AllocatorBuilder() {
            super(LeakCheckThreadTest.class, ALLOCATOR, Engine.INTERPRETER);
        }

        @Override
        protected AllocatorBuilder self() {
            return this;
        }

        Guest build() {
            return instantiate();
        }
    }

    @Test
    void removesItsObserverOfStartedInstancesWhenDone() {
        LeakCheck.of(() -> new AllocatorBuilder().build()).warmUpCalls(0).calls(1).run(guest -> {});

        // an observer left behind would collect, and keep reachable, every instance the thread builds later
        assertThat(BindingBuilder.STARTED_ON_THIS_THREAD.get()).isNull();
    }
}
