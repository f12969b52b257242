package dev.wasmbind.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JavaTextTest {

    @Test
    void typeNames() {
        assertThat(JavaText.typeName("return_string", "Module")).isEqualTo("ReturnString");
        assertThat(JavaText.typeName("greet", "Module")).isEqualTo("Greet");
        assertThat(JavaText.typeName("wasi-http.v2", "Module")).isEqualTo("WasiHttpV2");
        assertThat(JavaText.typeName("2fa", "Module")).isEqualTo("Module2fa");
        assertThat(JavaText.typeName("", "Module")).isEqualTo("Module");
    }

    @Test
    void methodNames() {
        assertThat(JavaText.methodName("ReturnString")).isEqualTo("returnString");
        assertThat(JavaText.methodName("log_bytes")).isEqualTo("logBytes");
        assertThat(JavaText.methodName("HTTPGet")).isEqualTo("httpGet");
        assertThat(JavaText.methodName("ABC")).isEqualTo("abc");
        assertThat(JavaText.methodName("Int8ToInt32")).isEqualTo("int8ToInt32");
        assertThat(JavaText.methodName("main._greet#wasmexport")).isEqualTo("mainGreetWasmexport");
        assertThat(JavaText.methodName("int")).isEqualTo("int_");
        assertThat(JavaText.methodName("builder")).isEqualTo("builder_");
        assertThat(JavaText.methodName("hashCode")).isEqualTo("hashCode_");
        assertThat(JavaText.variableName("hashCode")).isEqualTo("hashCode");
        assertThat(JavaText.variableName("_")).isEqualTo("__");
    }

    @Test
    void literalsAreAsciiAndExact() {
        assertThat(JavaText.literal("greet")).isEqualTo("\"greet\"");
        assertThat(JavaText.literal("a\"b\\c\nd\re\tf\u00e9")).isEqualTo("\"a\\\"b\\\\c\\nd\\re\\u0009f\\u00e9\"");
    }

    @Test
    void commentsCannotEndEarly() {
        assertThat(JavaText.comment("a\nb")).isEqualTo("aU+000Ab");
        assertThat(JavaText.comment("x\\u000ay")).isEqualTo("x\\\\u000ay");
        assertThat(JavaText.comment("caf\u00e9")).isEqualTo("cafU+00E9");
    }
}
