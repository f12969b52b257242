package dev.wasmbind.runtime.internal.link;

import static com.dylibso.chicory.wasm.types.ValType.I32;
import static com.dylibso.chicory.wasm.types.ValType.I64;
import static org.assertj.core.api.Assertions.assertThat;

import com.dylibso.chicory.wasm.types.FunctionType;
import dev.wasmbind.runtime.internal.AllocatorConvention;
import dev.wasmbind.runtime.internal.AllocatorConvention.CanonicalAbi;
import dev.wasmbind.runtime.internal.AllocatorConvention.Sized;
import dev.wasmbind.runtime.internal.AllocatorConvention.Unsized;
import dev.wasmbind.runtime.internal.AllocatorNames;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each convention by name and type; which wins where several fit; the pair {@code @AllocatorExports} names. */
class AllocatorRecognitionTest {
    private static final FunctionType ALLOCATE = AllocatorConvention.ALLOCATE;
    private static final FunctionType FREE = AllocatorConvention.UNSIZED_FREE;
    private static final FunctionType SIZED_FREE = AllocatorConvention.SIZED_FREE;
    private static final FunctionType REALLOC = AllocatorConvention.REALLOC;

    @Test
    void recognisesEachConventionByNameAndType() {
        assertThat(recognise("malloc", ALLOCATE, "free", FREE)).isEqualTo(found(new Unsized("malloc", "free")));
        assertThat(recognise("malloc", ALLOCATE, "free", SIZED_FREE)).isEqualTo(found(new Sized("malloc", "free")));
        assertThat(recognise("alloc", ALLOCATE, "dealloc", SIZED_FREE)).isEqualTo(found(new Sized("alloc", "dealloc")));
        assertThat(recognise("allocate", ALLOCATE, "deallocate", SIZED_FREE))
                .isEqualTo(found(new Sized("allocate", "deallocate")));
        assertThat(recognise("wasm_malloc", ALLOCATE, "wasm_free", FREE))
                .isEqualTo(found(new Unsized("wasm_malloc", "wasm_free")));
        assertThat(recognise("cabi_realloc", REALLOC)).isEqualTo(found(new CanonicalAbi("cabi_realloc")));
    }

    @Test
    void knownNamesOfOtherTypesAreNoAllocator() {
        AllocatorRecognition.Result none = found(new AllocatorConvention.None());
        assertThat(recognise()).isEqualTo(none);
        assertThat(recognise("malloc", ALLOCATE)).isEqualTo(none);
        assertThat(recognise("malloc", FunctionType.of(List.of(I64), List.of(I32)), "free", FREE)).isEqualTo(none);
        assertThat(recognise("alloc", ALLOCATE, "dealloc", FREE)).isEqualTo(none);
        assertThat(recognise("alloc", ALLOCATE, "dealloc", FunctionType.of(List.of(I32, I32, I32), List.of())))
                .isEqualTo(none);
        assertThat(recognise("cabi_realloc", ALLOCATE)).isEqualTo(none);
    }

    @Test
    void mallocAndFreeGiveWayToAPairExportedOnPurpose() {
        assertThat(recognise("malloc", ALLOCATE, "free", FREE, "wasm_malloc", ALLOCATE, "wasm_free", FREE))
                .isEqualTo(found(new Unsized("wasm_malloc", "wasm_free")));
        assertThat(recognise("malloc", ALLOCATE, "free", FREE, "cabi_realloc", REALLOC))
                .isEqualTo(found(new CanonicalAbi("cabi_realloc")));
    }

    @Test
    void twoPairsExportedOnPurposeAreAmbiguous() {
        assertThat(recognise("malloc", ALLOCATE, "free", FREE, "alloc", ALLOCATE, "dealloc", SIZED_FREE,
                "cabi_realloc", REALLOC))
                .isEqualTo(new AllocatorRecognition.Ambiguous(
                        List.of(new Sized("alloc", "dealloc"), new CanonicalAbi("cabi_realloc"))));
    }

    /** LIBC's sized twin, Zig's pair, is exported on purpose: beside cabi_realloc it leaves the choice open. */
    @Test
    void theCanonicalAbiBesideZigsMallocIsAmbiguous() {
        assertThat(recognise("malloc", ALLOCATE, "free", SIZED_FREE, "cabi_realloc", REALLOC))
                .isEqualTo(new AllocatorRecognition.Ambiguous(
                        List.of(new CanonicalAbi("cabi_realloc"), new Sized("malloc", "free"))));
    }

    /** Where the exports tell no single convention, the binding calls none. */
    @Test
    void anAmbiguousOrInvalidAllocatorIsNoneToCall() {
        Map<String, FunctionType> exports = exports("alloc", ALLOCATE, "dealloc", SIZED_FREE, "cabi_realloc", REALLOC);

        assertThat(AllocatorRecognition.recognise(exports).convention()).isEqualTo(new AllocatorConvention.None());
        assertThat(resolve(exports, "aloc", "dealloc").convention()).isEqualTo(new AllocatorConvention.None());
    }

    @Test
    void theDeclaredPairsTypesTellTheConvention() {
        Map<String, FunctionType> exports = exports("my_alloc", ALLOCATE, "my_free", FREE, "my_sized_free",
                SIZED_FREE, "my_realloc", REALLOC);

        assertThat(resolve(exports, "my_alloc", "my_free")).isEqualTo(found(new Unsized("my_alloc", "my_free")));
        assertThat(resolve(exports, "my_alloc", "my_sized_free"))
                .isEqualTo(found(new Sized("my_alloc", "my_sized_free")));
        assertThat(resolve(exports, "my_realloc", "")).isEqualTo(found(new CanonicalAbi("my_realloc")));
    }

    @Test
    void aDeclaredPairThatDoesNotFitIsInvalid() {
        Map<String, FunctionType> exports = exports("my_alloc", ALLOCATE, "my_free", FREE, "my_realloc", REALLOC);

        assertThat(resolve(exports, "my_aloc", "my_free")).isEqualTo(invalid(
                LinkMessages.declaredAllocatorMissing("m.wasm", "my_aloc", List.of("my_alloc", "my_free",
                        "my_realloc"))));
        assertThat(resolve(exports, "my_alloc", "my_fre")).isEqualTo(invalid(
                LinkMessages.declaredAllocatorMissing("m.wasm", "my_fre", List.of("my_alloc", "my_free",
                        "my_realloc"))));
        assertThat(resolve(exports, "my_free", "my_free")).isEqualTo(invalid(
                LinkMessages.declaredAllocatorType("m.wasm", "my_free", FREE, true)));
        assertThat(resolve(exports, "my_alloc", "my_alloc")).isEqualTo(invalid(
                LinkMessages.declaredAllocatorType("m.wasm", "my_alloc", ALLOCATE, false)));
        assertThat(resolve(exports, "my_alloc", "")).isEqualTo(invalid(
                LinkMessages.declaredFreeMissing("m.wasm", "my_alloc")));
        assertThat(resolve(exports, "my_realloc", "my_free")).isEqualTo(invalid(
                LinkMessages.declaredFreeBesideRealloc("m.wasm", new AllocatorNames("my_realloc", "my_free"))));
    }

    @Test
    void exportsNamedLikeAnAllocatorLookLikeOneInNameOrder() {
        assertThat(AllocatorRecognition.lookalikes(exports("my_free", FREE, "greet", FREE, "Free", FREE, "my_alloc",
                ALLOCATE))).containsExactly("Free", "my_alloc", "my_free");
    }

    @Test
    void theAllocatorExportsAreLeftOutOfDrafts() {
        assertThat(List.of("malloc", "free", "alloc", "dealloc", "allocate", "deallocate", "wasm_malloc",
                "wasm_free", "cabi_realloc", "cabi_post_greet", "calloc", "realloc", "posix_memalign",
                "aligned_alloc", "malloc_usable_size"))
                .allMatch(AllocatorRecognition::isAllocatorExport);
        assertThat(List.of("", "greet", "cabi_post", "mallocx"))
                .noneMatch(AllocatorRecognition::isAllocatorExport);
    }

    private static AllocatorRecognition.Result recognise(Object... namesAndTypes) {
        return AllocatorRecognition.recognise(exports(namesAndTypes));
    }

    private static AllocatorRecognition.Result resolve(Map<String, FunctionType> exports, String allocate,
            String free) {
        return AllocatorRecognition.resolve(exports, new AllocatorNames(allocate, free), "m.wasm");
    }

    private static Map<String, FunctionType> exports(Object... namesAndTypes) {
        Map<String, FunctionType> exports = new LinkedHashMap<>();
        for (int i = 0; i < namesAndTypes.length; i += 2) {
            exports.put((String) namesAndTypes[i], (FunctionType) namesAndTypes[i + 1]);
        }
        return exports;
    }

    private static AllocatorRecognition.Result found(AllocatorConvention convention) {
        return new AllocatorRecognition.Recognised(convention);
    }

    private static AllocatorRecognition.Result invalid(Message problem) {
        return new AllocatorRecognition.Invalid(problem);
    }
}
