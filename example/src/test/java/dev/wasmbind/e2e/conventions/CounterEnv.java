package dev.wasmbind.e2e.conventions;

import dev.wasmbind.Handle;
import dev.wasmbind.HostModule;
import dev.wasmbind.Import;

/** Host functions that hand Java counters to the guest as handles, and take them back. */
@HostModule("env")
public interface CounterEnv {
    /** A Java object the guest only ever sees as a handle. */
    final class Counter {
        final String name;
        int value;

        Counter(String name) {
            this.name = name;
        }
    }

    @Import("new_counter")
    @Handle
    Counter newCounter(String name);

    int increment(@Handle Counter counter);
}
