package dev.wasmbind.processor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wasmbind.processor.kinds.Position;
import org.junit.jupiter.api.Test;

/** The messages that list the supported types, word for word: the lists come from the registered value kinds. */
class MessagesTest {

    @Test
    void listsTheTypesAParameterMayHave() {
        assertThat(Messages.unsupportedParameter("java.lang.Object", "o", Position.EXPORT_PARAMETER)).isEqualTo(
                "parameter `o` has type java.lang.Object, which has no TinyGo ABI lowering: a parameter must be one "
                        + "of boolean, byte, short, char, int, long, float, double, String, byte[], int[], long[], "
                        + "float[], double[]");
        assertThat(Messages.unsupportedParameter("java.lang.Object", "o", Position.HOST_PARAMETER)).isEqualTo(
                "parameter `o` has type java.lang.Object, which has no TinyGo ABI lowering: a parameter must be one "
                        + "of boolean, byte, short, char, int, long, float, double, String, byte[], int[], long[], "
                        + "float[], double[], GuestBufferWriter");
    }

    @Test
    void listsTheTypesAResultOrComponentMayHave() {
        assertThat(Messages.unsupportedResult("java.lang.Object", "f()")).isEqualTo(
                "`f()` returns java.lang.Object, which has no TinyGo ABI lowering: a result must be void, boolean, "
                        + "byte, short, char, int, long, float, double, String, byte[], int[], long[], float[], "
                        + "double[] or a record of these");
        assertThat(Messages.unsupportedComponent("Pair", "tag", "java.lang.Object")).isEqualTo(
                "record component `Pair.tag` has type java.lang.Object, which has no TinyGo ABI lowering: a "
                        + "component must be one of boolean, byte, short, char, int, long, float, double, String, "
                        + "byte[], int[], long[], float[], double[] or a record of these");
    }

    @Test
    void listsThePrimitivesAHostFunctionMayReturn() {
        assertThat(Messages.hostResultNotScalar("java.lang.String", "name()")).isEqualTo(
                "host function `name()` returns java.lang.String, but a host function returns only void or a "
                        + "primitive (boolean, byte, short, char, int, long, float, double): the guest cannot take "
                        + "memory from the host this way; return void and pass the data back through an export of "
                        + "the guest");
    }
}
