package dev.wasmbind.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dylibso.chicory.wasm.ChicoryException;
import com.dylibso.chicory.wasm.WasmModule;
import dev.wasmbind.runtime.InvalidModuleException;
import org.junit.jupiter.api.Test;

class ModulesTest {
    /** Well-formed but invalid: a function of type () -> i32 whose body returns nothing. */
    private static final byte[] INVALID_BODY = {
        0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
        0x01, 0x05, 0x01, 0x60, 0x00, 0x01, 0x7f, // type section: () -> i32
        0x03, 0x02, 0x01, 0x00, // function section: one function of type 0
        0x0a, 0x04, 0x01, 0x02, 0x00, 0x0b, // code section: no locals, end
    };

    @Test
    void validatesWhatItParses() {
        assertThatThrownBy(() -> Modules.parse(INVALID_BODY, "invalid.wasm"))
                .isInstanceOf(InvalidModuleException.class);
    }

    @Test
    void takesTheStrippedModuleOfABuildTimeMachineAsValidatedAlready() {
        assertThat(Modules.parseValidatedAtBuildTime(INVALID_BODY, "Stripped.meta").functionSection().functionCount())
                .isEqualTo(1);
    }

    @Test
    void stillRejectsStrippedBytesThatAreNoModule() {
        assertThatThrownBy(() -> Modules.parseValidatedAtBuildTime(new byte[] {0, 'a', 's'}, "Stripped.meta"))
                .isInstanceOf(InvalidModuleException.class)
                .hasMessageStartingWith("Stripped.meta is not a valid wasm module: ");
    }

    @Test
    void readsTheNamesOfAModuleAndNotItsCode() {
        WasmModule names = Modules.parseNames(GuestTest.resource("traces.wasm"), "traces.wasm");

        assertThat(names.nameSection().nameOfFunction(1)).isEqualTo("inner");
        assertThat(names.nameSection().moduleName()).contains("traces");
        assertThat(names.codeSection().functionBodyCount()).isZero();
    }

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
