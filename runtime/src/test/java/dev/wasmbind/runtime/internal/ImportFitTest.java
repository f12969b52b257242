package dev.wasmbind.runtime.internal;

import static com.dylibso.chicory.wasm.types.ValType.I32;
import static com.dylibso.chicory.wasm.types.ValType.I64;
import static dev.wasmbind.runtime.internal.Signatures.sig;
import static org.assertj.core.api.Assertions.assertThat;

import com.dylibso.chicory.runtime.HostFunction;
import com.dylibso.chicory.wasm.types.FunctionType;
import com.dylibso.chicory.wasm.types.ValType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class ImportFitTest {
    private static final WasmSignature WRITE =
            sig("(i32 data.ptr, i32 data.len, i32 data.cap, i32 flags) -> i32");
    private static final WasmSignature PAIR =
            sig("(i32 a.ptr, i32 a.len, i32 a.cap, i32 b.ptr, i32 b.len, i32 b.cap) -> nil");

    @Test
    void anImportOfTheDeclaredTypeIsTakenAsDeclared() {
        assertThat(ImportFit.of(WRITE, WRITE.functionType())).isInstanceOf(ImportFit.Declared.class);
    }

    @Test
    void aSliceWithoutCapacityIsReadWithItsLengthAsCapacity() {
        ImportFit fit = ImportFit.of(WRITE, type(List.of(I32, I32, I32), I32));

        ImportFit.WithoutCapacity without = (ImportFit.WithoutCapacity) fit;
        assertThat(without.slices()).containsExactly("data");
        assertThat(without.spread(new long[] {1024, 5, 7})).containsExactly(1024, 5, 5, 7);
    }

    @Test
    void everySliceMayComeWithoutCapacity() {
        ImportFit.WithoutCapacity fit = (ImportFit.WithoutCapacity) ImportFit.of(PAIR, type(List.of(I32, I32, I32, I32)));

        assertThat(fit.slices()).containsExactly("a", "b");
        assertThat(fit.spread(new long[] {16, 2, 32, 3})).containsExactly(16, 2, 2, 32, 3, 3);
    }

    @Test
    void theTypesAroundTheSlicesTellWhichOneComesWithoutCapacity() {
        WasmSignature mixed = sig("(i32 a.ptr, i32 a.len, i32 a.cap, i64 id, i32 b.ptr, i32 b.len, i32 b.cap) -> nil");

        ImportFit.WithoutCapacity first =
                (ImportFit.WithoutCapacity) ImportFit.of(mixed, type(List.of(I32, I32, I64, I32, I32, I32)));
        ImportFit.WithoutCapacity second =
                (ImportFit.WithoutCapacity) ImportFit.of(mixed, type(List.of(I32, I32, I32, I64, I32, I32)));

        assertThat(first.slices()).containsExactly("a");
        assertThat(first.spread(new long[] {1, 2, 3, 4, 5, 6})).containsExactly(1, 2, 2, 3, 4, 5, 6);
        assertThat(second.slices()).containsExactly("b");
        assertThat(second.spread(new long[] {1, 2, 3, 4, 5, 6})).containsExactly(1, 2, 3, 4, 5, 6, 6);
    }

    @Test
    void slicesThatFitAlikeAreAmbiguous() {
        ImportFit fit = ImportFit.of(PAIR, type(List.of(I32, I32, I32, I32, I32)));

        assertThat(fit).isEqualTo(new ImportFit.Ambiguous(List.of(List.of("a"), List.of("b"))));
    }

    @Test
    void nothingButCapacitiesMayBeMissing() {
        // other results
        assertThat(ImportFit.of(WRITE, type(List.of(I32, I32, I32)))).isInstanceOf(ImportFit.Mismatch.class);
        // more parameters than declared
        assertThat(ImportFit.of(WRITE, type(List.of(I32, I32, I32, I32, I32), I32)))
                .isInstanceOf(ImportFit.Mismatch.class);
        // more missing than there are capacities
        assertThat(ImportFit.of(WRITE, type(List.of(I32, I32), I32))).isInstanceOf(ImportFit.Mismatch.class);
        // one fewer, but of another type than the rest
        assertThat(ImportFit.of(WRITE, type(List.of(I32, I32, I64), I32))).isInstanceOf(ImportFit.Mismatch.class);
        // no slice at all
        assertThat(ImportFit.of(sig("(i32 a, i32 b) -> nil"), type(List.of(I32))))
                .isInstanceOf(ImportFit.Mismatch.class);
    }

    @Test
    void beyondTheBoundOnChoicesTheImportDoesNotFit() {
        // 12 slices, 6 without cap: 924 ways, all alike; 13 slices, 6 without: 1,716, beyond the bound
        assertThat(ImportFit.of(slices(12), allI32(12 * 3 - 6))).isInstanceOf(ImportFit.Ambiguous.class);
        assertThat(((ImportFit.Ambiguous) ImportFit.of(slices(12), allI32(12 * 3 - 6))).choices()).hasSize(924);
        assertThat(ImportFit.of(slices(13), allI32(13 * 3 - 6))).isInstanceOf(ImportFit.Mismatch.class);
        // exactly at the bound: 1,024 slices, one without cap, are still tried
        assertThat(((ImportFit.Ambiguous) ImportFit.of(slices(1024), allI32(1024 * 3 - 1))).choices()).hasSize(1024);
    }

    @Test
    void servesTheDeclaredHostFunctionWithTheImportsType() {
        AtomicReference<long[]> received = new AtomicReference<>();
        HostFunction declared = new HostFunction("env", "write", WRITE.functionType(), (instance, args) -> {
            received.set(args);
            return new long[] {args.length};
        });
        FunctionType actual = type(List.of(I32, I32, I32), I32);

        HostFunction served = ((ImportFit.WithoutCapacity) ImportFit.of(WRITE, actual)).serve(declared);

        assertThat(served.module()).isEqualTo("env");
        assertThat(served.name()).isEqualTo("write");
        assertThat(served.functionType().typesMatch(actual)).isTrue();
        assertThat(served.handle().apply(null, 64, 3, 9)).containsExactly(4);
        assertThat(received.get()).containsExactly(64, 3, 3, 9);
    }

    private static WasmSignature slices(int count) {
        WasmSignature.Builder builder = WasmSignature.builder();
        for (int i = 0; i < count; i++) {
            builder.i32("s" + i + ".ptr").i32("s" + i + ".len").i32("s" + i + ".cap");
        }
        return builder.returns();
    }

    private static FunctionType allI32(int count) {
        return type(new ArrayList<>(Collections.nCopies(count, I32)));
    }

    private static FunctionType type(List<ValType> params, ValType... results) {
        return FunctionType.of(params, List.of(results));
    }
}
