package dev.wasmbind.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which of the modules found a missing module's name probably means. */
class ModuleLocatorTest {

    @Test
    void prefersTheSameFileNameInAnotherDirectory() {
        List<ModuleLocator.Searched> searched = List.of(
                listed("the class output", "greet.wasm", "wasm/greeter.wasm"),
                listed("wasmbind.modulePath entry", "lib/greeter.wasm", "wasm/greeter.wasm"));

        assertThat(ModuleLocator.nearest("greeter.wasm", searched))
                .containsExactly("wasm/greeter.wasm", "lib/greeter.wasm");
    }

    @Test
    void otherwiseSuggestsTheNamesAFewEditsAway() {
        List<ModuleLocator.Searched> searched =
                List.of(listed("the class output", "greet.wasm", "sum.wasm", "wasm/other.wasm"));

        assertThat(ModuleLocator.nearest("greeter.wasm", searched)).containsExactly("greet.wasm");
        assertThat(ModuleLocator.nearest("unrelated.wasm", searched)).isEmpty();
    }

    @Test
    void lastlySuggestsANearFileNameInAnotherDirectory() {
        List<ModuleLocator.Searched> searched =
                List.of(listed("the class output", "sum.wasm", "wasm/greet.wasm", "wasm/other.wasm"));

        assertThat(ModuleLocator.nearest("greeter.wasm", searched)).containsExactly("wasm/greet.wasm");
    }

    private static ModuleLocator.Searched listed(String place, String... modules) {
        return new ModuleLocator.Searched(place, "/d", ModuleLocator.Listing.LISTED, List.of(modules));
    }
}
