package dev.wasmbind.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which imports a {@code @RawImport} leaves to raw host functions, and how messages name them. */
class RawImportTest {
    private static final RawImport SOME = new RawImport("env", List.of("log", "trace"));
    private static final RawImport WHOLE_MODULE = new RawImport("env", List.of());

    @Test
    void coversTheNamedFunctionsOfItsModuleOrAllOfThem() {
        assertThat(SOME.covers("env", "log")).isTrue();
        assertThat(SOME.covers("env", "abort")).isFalse();
        assertThat(SOME.covers("other", "log")).isFalse();
        assertThat(WHOLE_MODULE.covers("env", "abort")).isTrue();
        assertThat(WHOLE_MODULE.covers("other", "abort")).isFalse();
    }

    @Test
    void namesEachFunctionWithItsModuleOrTheWholeModuleWithAStar() {
        assertThat(SOME.describe()).isEqualTo("env.log, env.trace");
        assertThat(WHOLE_MODULE.describe()).isEqualTo("env.*");
    }
}
