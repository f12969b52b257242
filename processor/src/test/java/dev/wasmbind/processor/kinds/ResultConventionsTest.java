package dev.wasmbind.processor.kinds;

import static org.assertj.core.api.Assertions.assertThat;

import com.dylibso.chicory.wasm.types.ValType;
import com.squareup.javapoet.ClassName;
import dev.wasmbind.runtime.internal.Allocator;
import dev.wasmbind.runtime.internal.WasmSignature;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which convention a declared result takes, which others the module may choose, and what each needs. */
class ResultConventionsTest {
    private static final ResultRequest PACKED = new ResultRequest(true, false, false);
    private static final ResultRequest HOST_FREES = new ResultRequest(false, false, true);
    private static final Struct CELSIUS =
            Struct.of(ClassName.get("demo", "Celsius"), List.of(new Struct.Member("v", PrimitiveKind.FLOAT)));
    private static final Struct PAIR = Struct.of(ClassName.get("demo", "Pair"), List.of(
            new Struct.Member("a", PrimitiveKind.INT), new Struct.Member("s", SequenceKind.STRING)));

    @Test
    void aDeclaredResultTakesTheFirstRegisteredConventionThatCarriesIt() {
        assertThat(declared(null, ResultRequest.NONE)).isSameAs(VoidResult.INSTANCE);
        assertThat(declared(PrimitiveKind.INT, ResultRequest.NONE))
                .isEqualTo(new DirectResult(PrimitiveKind.INT, PrimitiveKind.INT));
        assertThat(declared(CELSIUS, ResultRequest.NONE)).isEqualTo(new DirectResult(CELSIUS, PrimitiveKind.FLOAT));
        assertThat(declared(SequenceKind.STRING, ResultRequest.NONE))
                .isEqualTo(new ReturnAreaResult(SequenceKind.STRING, ResultRequest.NONE));
        assertThat(declared(PAIR, ResultRequest.NONE)).isEqualTo(new ReturnAreaResult(PAIR, ResultRequest.NONE));
        assertThat(declared(SequenceKind.BYTES, PACKED)).isEqualTo(new PackedRegionResult(SequenceKind.BYTES, PACKED));
    }

    @Test
    void theModuleDecidesAmongTheConventionsOfARegionResultThatTheDeclarationLeavesOpen() {
        assertThat(ResultConventions.possible(declared(SequenceKind.STRING, HOST_FREES))).containsExactly(
                new ReturnAreaResult(SequenceKind.STRING, HOST_FREES),
                new PackedRegionResult(SequenceKind.STRING, HOST_FREES),
                new MultiValueResult(SequenceKind.STRING, HOST_FREES));
        // an int[]'s length counts elements, which a packed result cannot say
        assertThat(ResultConventions.possible(declared(SequenceKind.INTS, ResultRequest.NONE))).containsExactly(
                new ReturnAreaResult(SequenceKind.INTS, ResultRequest.NONE),
                new MultiValueResult(SequenceKind.INTS, ResultRequest.NONE));
    }

    @Test
    void aResultTheDeclarationDecidesHasNoOtherConvention() {
        for (ResultConvention declared : List.of(declared(null, ResultRequest.NONE),
                declared(PrimitiveKind.LONG, ResultRequest.NONE), declared(PAIR, ResultRequest.NONE),
                declared(SequenceKind.STRING, PACKED))) {
            assertThat(ResultConventions.possible(declared)).containsExactly(declared);
        }
    }

    @Test
    void aPackedResultThatTheModuleChoseKeepsTheDeclaredOrder() {
        ResultRequest lengthHigh = new ResultRequest(false, true, false);
        ResultConvention packed = ResultConventions.possible(declared(SequenceKind.STRING, lengthHigh)).get(1);

        assertThat(packed).isEqualTo(new PackedRegionResult(SequenceKind.STRING, lengthHigh));
        assertThat(packed.javadoc().toString()).contains("{@code len << 32 | ptr}");
    }

    @Test
    void eachConventionOwnsItsWasmResultsHiddenParametersAndAllocatorNeeds() {
        ResultConvention area = new ReturnAreaResult(PAIR, HOST_FREES);
        assertThat(area.hiddenParams()).containsExactly(new WasmSignature.Param(ValType.I32, "retptr"));
        assertThat(area.results()).isEmpty();
        assertThat(area.returnAreaSize()).isEqualTo(12);
        assertThat(area.allocator()).isEqualTo(Allocator.ALLOCATE_AND_FREE_RESULT);
        assertThat(area.needsScope()).isTrue();

        ResultConvention packed = new PackedRegionResult(SequenceKind.STRING, PACKED);
        assertThat(packed.hiddenParams()).isEmpty();
        assertThat(packed.results()).containsExactly(ValType.I64);
        assertThat(packed.allocator()).isEqualTo(Allocator.NONE);
        assertThat(packed.needsScope()).isTrue();

        assertThat(new MultiValueResult(SequenceKind.BYTES, HOST_FREES).results())
                .containsExactly(ValType.I32, ValType.I32, ValType.I32);
        assertThat(new MultiValueResult(SequenceKind.BYTES, HOST_FREES).allocator())
                .isEqualTo(Allocator.FREE_RESULT);

        ResultConvention direct = new DirectResult(CELSIUS, PrimitiveKind.FLOAT);
        assertThat(direct.results()).containsExactly(ValType.F32);
        assertThat(direct.returnAreaSize()).isZero();
        assertThat(direct.allocator()).isEqualTo(Allocator.NONE);
        assertThat(direct.needsScope()).isFalse();
        assertThat(VoidResult.INSTANCE.results()).isEmpty();
        assertThat(VoidResult.INSTANCE.needsScope()).isFalse();
    }

    @Test
    void eachConventionDescribesItselfForMessagesAndJavadoc() {
        assertThat(List.of(new ReturnAreaResult(SequenceKind.STRING, ResultRequest.NONE),
                        new PackedRegionResult(SequenceKind.STRING, PACKED),
                        new MultiValueResult(SequenceKind.STRING, ResultRequest.NONE)))
                .extracting(ResultConvention::description)
                .containsExactly("the result through the return area", "the result packed",
                        "the result as several values (ptr, len)");
        assertThat(new ReturnAreaResult(PAIR, ResultRequest.NONE).ownershipJavadoc().toString())
                .contains("stay the guest's");
        assertThat(new PackedRegionResult(SequenceKind.STRING, new ResultRequest(true, false, true))
                .ownershipJavadoc().toString()).contains("@HostFrees");
        assertThat(new DirectResult(CELSIUS, PrimitiveKind.FLOAT).description())
                .isEqualTo("the result as the function's result");
        assertThat(VoidResult.INSTANCE.description()).isEqualTo("no result");
        assertThat(VoidResult.INSTANCE).hasToString("void");
        assertThat(new DirectResult(CELSIUS, PrimitiveKind.FLOAT).javadoc().isEmpty()).isTrue();
        assertThat(new DirectResult(CELSIUS, PrimitiveKind.FLOAT).ownershipJavadoc().isEmpty()).isTrue();
    }

    private static ResultConvention declared(JavaValue result, ResultRequest request) {
        return ResultConventions.declared(Optional.ofNullable(result), request);
    }
}
