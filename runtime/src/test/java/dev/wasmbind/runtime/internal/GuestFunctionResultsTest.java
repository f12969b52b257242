package dev.wasmbind.runtime.internal;

import static dev.wasmbind.runtime.internal.Signatures.sig;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wasmbind.runtime.Engine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each call of {@link GuestFunction} returns its export's result as the export computed it (results.wasm). */
class GuestFunctionResultsTest {
    private static final ExportSpec SUM_I32 =
            ExportSpec.of("sum_i32", "int sum(int a, int b, int c)", Allocator.NONE, sig("(i32 a, i32 b, i32 c) -> i32"));
    private static final ExportSpec SUM_I64 = ExportSpec.of("sum_i64", "long sum(long a, long b, long c)",
            Allocator.NONE, sig("(i64 a, i64 b, i64 c) -> i64"));
    private static final ExportSpec RATIO_F32 =
            ExportSpec.of("ratio_f32", "float ratio(int a, int b)", Allocator.NONE, sig("(i32 a, i32 b) -> f32"));
    private static final ExportSpec RATIO_F64 =
            ExportSpec.of("ratio_f64", "double ratio(int a, int b)", Allocator.NONE, sig("(i32 a, i32 b) -> f64"));

    private static final ModuleBinding RESULTS = ModuleBinding.builder(RuntimeContract.V5, "test.Results", "results.wasm")
            .export(SUM_I32)
            .export(SUM_I64)
            .export(RATIO_F32)
            .export(RATIO_F64)
            .build();

    @ParameterizedTest
    @EnumSource(Engine.class)
    void returnsIntegersOfThreeArgumentsAndOfAnyNumber(Engine engine) {
        try (Guest guest = new GuestTest.TestBuilder(RESULTS, engine).build()) {
            GuestFunction sumI32 = guest.function(SUM_I32);
            GuestFunction sumI64 = guest.function(SUM_I64);

            assertThat(sumI32.callI32(1, 20, -300)).isEqualTo(-279);
            assertThat(sumI32.callI32(new long[] {Integer.MAX_VALUE, 1, 0})).isEqualTo(Integer.MIN_VALUE);
            assertThat(sumI64.callI64(Long.MAX_VALUE, 1, 5)).isEqualTo(Long.MIN_VALUE + 5);
            assertThat(sumI64.callI64(new long[] {1L << 40, 2, 3})).isEqualTo((1L << 40) + 5);
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void returnsFloatingPointResults(Engine engine) {
        try (Guest guest = new GuestTest.TestBuilder(RESULTS, engine).build()) {
            assertThat(guest.function(RATIO_F32).callF32(3, -2)).isEqualTo(-1.5f);
            assertThat(guest.function(RATIO_F64).callF64(1, 4)).isEqualTo(0.25);
        }
    }
}
