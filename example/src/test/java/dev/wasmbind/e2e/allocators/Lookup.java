package dev.wasmbind.e2e.allocators;

import dev.wasmbind.HostModule;
import dev.wasmbind.Import;

/** The host side of the guests' {@code env.lookup}: a String result handed to the guest in its own memory. */
@HostModule("env")
public interface Lookup {
    @Import("lookup")
    String lookup(String key);
}
