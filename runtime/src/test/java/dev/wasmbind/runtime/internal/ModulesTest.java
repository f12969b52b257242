package dev.wasmbind.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.dylibso.chicory.wasm.ChicoryException;
import org.junit.jupiter.api.Test;

class ModulesTest {
    @Test
    void quotesChicorysOwnMessageAlone() {
        assertThat(Modules.describe(new ChicoryException("unknown section 99"))).isEqualTo("unknown section 99");
    }

    @Test
    void namesTheClassOfAnyOtherFailureAndOfAChicoryFailureWithoutMessage() {
        assertThat(Modules.describe(new ArrayIndexOutOfBoundsException("Index 7 out of bounds for length 3")))
                .isEqualTo("java.lang.ArrayIndexOutOfBoundsException: Index 7 out of bounds for length 3");
        assertThat(Modules.describe(new ChicoryException((String) null)))
                .isEqualTo("com.dylibso.chicory.wasm.ChicoryException");
    }
}
