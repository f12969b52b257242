package dev.wasmbind.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Rust's legacy mangling undone, and every other name kept as it is. */
class RustSymbolsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            _ZN4core9panicking5panic17h0123456789abcdefE                            | core::panicking::panic
            _ZN3std2rt10lang_start17h0123456789abcdefE                              | std::rt::lang_start
            _ZN4main5parse17h00000000000000ffE                                      | main::parse
            _ZN4core3fmt5Write9write_fmt17hfedcba9876543210E                        | core::fmt::Write::write_fmt
            _ZN5alloc7raw_vec11finish_grow17h0123456789abcdefE                      | alloc::raw_vec::finish_grow
            _ZN4main4main17h0123456789abcdefE                                       | main::main
            _ZN4mainE                                                               | main
            _ZN5outer5inner4leafE                                                   | outer::inner::leaf
            _ZN17h0123456789abcdefE                                                 | h0123456789abcdef
            """)
    void joinsThePathAndDropsTheHash(String mangled, String demangled) {
        assertThat(RustSymbols.demangle(mangled)).isEqualTo(demangled);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            _ZN42_$LT$vec..Vec$LT$T$GT$$u20$as$u20$Drop$GT$4drop17h0123456789abcdefE | <vec::Vec<T> as Drop>::drop
            _ZN4core3ptr28drop_in_place$LT$$RF$str$GT$17h0123456789abcdefE           | core::ptr::drop_in_place<&str>
            _ZN4core3ptr19drop_in_place$BP$u817h0123456789abcdefE                    | core::ptr::drop_in_place*u8
            _ZN11closure$C$x8$LP$$RP$E                                               | closure,x::()
            _ZN11$SP$at$u7e$14tail$u5b$$u5d$E                                        | @at~::tail[]
            _ZN6_$u7b$10inner$u7d$E                                                  | {::inner}
            _ZN10_$LT$T$GT$E                                                         | <T>
            _ZN3a.b4c..dE                                                            | a.b::c::d
            _ZN2a.E                                                                  | a.
            _ZN2.aE                                                                  | .a
            """)
    void decodesTheEscapesOfEachSegment(String mangled, String demangled) {
        assertThat(RustSymbols.demangle(mangled)).isEqualTo(demangled);
    }

    @Test
    void keepsWhatFollowsAnEscapeItDoesNotKnow() {
        assertThat(RustSymbols.demangle("_ZN10a$XY$b$LT$E")).isEqualTo("a$XY$b$LT$");
        assertThat(RustSymbols.demangle("_ZN7a$u7E$bE")).as("upper-case hex").isEqualTo("a$u7E$b");
        assertThat(RustSymbols.demangle("_ZN5a$u$bE")).as("no digits").isEqualTo("a$u$b");
        assertThat(RustSymbols.demangle("_ZN6a$uA$bE")).as("upper case").isEqualTo("a$uA$b");
        assertThat(RustSymbols.demangle("_ZN6a$ug$bE")).as("not hex").isEqualTo("a$ug$b");
        assertThat(RustSymbols.demangle("_ZN7a$u0a$bE")).as("a control character").isEqualTo("a$u0a$b");
        assertThat(RustSymbols.demangle("_ZN11a$u110000$bE")).as("beyond Unicode").isEqualTo("a$u110000$b");
        assertThat(RustSymbols.demangle("_ZN13a$u1234567$bcE")).as("seven digits").isEqualTo("a$u1234567$bc");
        assertThat(RustSymbols.demangle("_ZN4a$bcE")).as("an escape without its end").isEqualTo("a$bc");
        assertThat(RustSymbols.demangle("_ZN3a$$E")).as("an empty escape").isEqualTo("a$$");
    }

    @Test
    void decodesAnyCharacterAUnicodeEscapeNames() {
        assertThat(RustSymbols.demangle("_ZN11x$u1f600$yzE")).isEqualTo("x\uD83D\uDE00yz");
        assertThat(RustSymbols.demangle("_ZN6$u7e$xE")).isEqualTo("~x");
        assertThat(RustSymbols.demangle("_ZN9$u10ffff$E")).isEqualTo(Character.toString(0x10ffff));
    }

    @Test
    void stripsTheHashALinkerLeftOnANameItDemangled() {
        assertThat(RustSymbols.demangle("core::panicking::panic::h0123456789abcdef"))
                .isEqualTo("core::panicking::panic");
        assertThat(RustSymbols.demangle("traces::parse_record::h0123456789abcdef")).isEqualTo("traces::parse_record");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // C, Go and C++ names
        "check_depth", "runtime._panic", "(runtime.gcBlock).markFree", "_ZN3foo3barEv", "_ZNK3foo3barEv", "",
        // no hash after all: wrong length, upper case, not hex, no h, nothing before it
        "core::panic::h0123456789abcde", "core::panic::h0123456789abcdef0", "core::panic::h0123456789ABCDEF",
        "core::panic::h0123456789abcdeg", "core::panic::x0123456789abcdef", "::h0123456789abcdef",
        // not the legacy shape: no end, a segment longer than the rest, one that takes the end or runs one past it,
        // no length, a zero length, nothing at all
        "_ZN4core5panic", "_ZN9coreE", "_ZN5coreE", "_ZN6coreE", "_ZNcoreE", "_ZN0E", "_ZNE", "_ZN", "_ZN4coreEE",
        "_ZN4core.E",
        "_ZN4core12", "_ZN4core",
        // a length of more digits than any symbol needs: the seventh is no longer part of it
        "_ZN1234567aE", "_ZN0000001xE"})
    void keepsOtherNamesAsTheyAre(String name) {
        assertThat(RustSymbols.demangle(name)).isEqualTo(name);
    }
}
