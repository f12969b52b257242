package dev.wasmbind.processor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GeneratedClassesTest {
    @Test
    void namesAMethodsConstantInUpperSnakeCase() {
        assertThat(GeneratedClasses.constantName("greet")).isEqualTo("GREET");
        assertThat(GeneratedClasses.constantName("greetAll")).isEqualTo("GREET_ALL");
        assertThat(GeneratedClasses.constantName("uint8")).isEqualTo("UINT8");
        assertThat(GeneratedClasses.constantName("sha256Sum")).isEqualTo("SHA256_SUM");
        assertThat(GeneratedClasses.constantName("getURL")).isEqualTo("GET_URL");
        assertThat(GeneratedClasses.constantName("parseHTMLPage")).isEqualTo("PARSE_HTML_PAGE");
        assertThat(GeneratedClasses.constantName("BINDING")).isEqualTo("BINDING");
        assertThat(GeneratedClasses.constantName("x")).isEqualTo("X");
    }
}
