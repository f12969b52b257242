package dev.wasmbind.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dylibso.chicory.wasm.ChicoryException;
import com.dylibso.chicory.wasm.WasmModule;
import dev.wasmbind.runtime.InvalidModuleException;
import java.nio.charset.StandardCharsets;
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
    void takesANameFollowedByTheWasmSuffixForAModuleName() {
        assertThat(Modules.isModuleName("greeter.wasm")).isTrue();
        assertThat(Modules.isModuleName("modules/greeter.wasm")).isTrue();
        assertThat(Modules.isModuleName(".wasm")).isFalse();
        assertThat(Modules.isModuleName("greeter.wat")).isFalse();
        assertThat(Modules.isModuleName("greeter.wasm.gz")).isFalse();
    }

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
                .hasMessageStartingWith("Stripped.meta is not a wasm module: ");
    }

    /** Bytes that do not start as wasm are said to be no wasm at all, with what they start with in hex. */
    @Test
    void saysFirstThatBytesWithoutTheMagicAreNoWasmModule() {
        assertThatThrownBy(() -> Modules.parse("<html>".getBytes(StandardCharsets.US_ASCII), "greet.wasm"))
                .isInstanceOf(InvalidModuleException.class)
                .satisfies(e -> assertThat(((InvalidModuleException) e).isWasm()).isFalse())
                .hasMessage("greet.wasm is not a wasm module: it starts with 3c 68 74 6d, where every wasm module "
                        + "starts with 00 61 73 6d (\"\\0asm\"); check which file is given as the module");
        assertThatThrownBy(() -> Modules.parse(new byte[] {0, 'a', 's'}, "short.wasm"))
                .hasMessageStartingWith("short.wasm is not a wasm module: it starts with 00 61 73, where");
        assertThatThrownBy(() -> Modules.parse(new byte[0], "empty.wasm"))
                .hasMessageStartingWith("empty.wasm is not a wasm module: it is empty, where");
    }

    @Test
    void parsesBytesThatStartWithTheMagicAsWasm() {
        assertThat(InvalidModuleException.startsAsWasm(INVALID_BODY)).isTrue();
        assertThat(InvalidModuleException.startsAsWasm(new byte[] {0x00, 0x61, 0x73, 0x6e})).isFalse();
        assertThatThrownBy(() -> Modules.parse(new byte[] {0x00, 0x61, 0x73, 0x6d}, "magic-only.wasm"))
                .isInstanceOf(InvalidModuleException.class)
                .satisfies(e -> assertThat(((InvalidModuleException) e).isWasm()).isTrue())
                .hasMessageStartingWith("magic-only.wasm is not a valid wasm module: ");
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
