package dev.wasmbind.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.ActiveDataSegment;
import com.dylibso.chicory.wasm.types.DataSection;
import com.dylibso.chicory.wasm.types.DataSegment;
import com.dylibso.chicory.wasm.types.Instruction;
import com.dylibso.chicory.wasm.types.OpCode;
import com.dylibso.chicory.wasm.types.PassiveDataSegment;
import java.util.List;
import org.junit.jupiter.api.Test;

class PreparedModuleTest {
    private static final byte[] BYTES = {1, 2, 3};

    @Test
    void aModuleWithoutDataHasNoStaticFloor() {
        assertThat(floorOf()).isZero();
    }

    @Test
    void theStaticFloorIsTheLowestActiveSegment() {
        // TinyGo's layout: the stack first, then .rodata at 64 KiB and .data above it, in any order in the section
        assertThat(floorOf(at(65_764), at(65_536), at(70_000))).isEqualTo(65_536);
        assertThat(floorOf(at(1024))).isEqualTo(1024);
    }

    @Test
    void passiveSegmentsAndOtherMemoriesDoNotLowerIt() {
        assertThat(floorOf(new PassiveDataSegment(BYTES), at(1024), new ActiveDataSegment(1, constant(16), BYTES)))
                .isEqualTo(1024);
        assertThat(floorOf(new PassiveDataSegment(BYTES))).isZero();
    }

    @Test
    void aSegmentAtZeroOrWithAComputedOffsetLeavesNoFloor() {
        assertThat(floorOf(at(1024), at(0))).isZero();
        Instruction memoryBase = new Instruction(0, OpCode.GLOBAL_GET, new long[] {0});
        assertThat(floorOf(at(1024), new ActiveDataSegment(0, List.of(memoryBase), BYTES))).isZero();
        // extended-const: i32.const 1024, i32.const 16, i32.add
        List<Instruction> sum = List.of(new Instruction(0, OpCode.I32_CONST, new long[] {1024}),
                new Instruction(0, OpCode.I32_CONST, new long[] {16}), new Instruction(0, OpCode.I32_ADD, new long[0]));
        assertThat(floorOf(at(2048), new ActiveDataSegment(0, sum, BYTES))).isZero();
    }

    @Test
    void aFloorAboveTwoGibibytesIsKeptUnsigned() {
        int floor = floorOf(at(0x8000_0010), at(0x8000_0000));

        assertThat(Integer.toUnsignedLong(floor)).isEqualTo(0x8000_0000L);
    }

    private static ActiveDataSegment at(long offset) {
        return new ActiveDataSegment(0, constant(offset), BYTES);
    }

    private static List<Instruction> constant(long offset) {
        return List.of(new Instruction(0, OpCode.I32_CONST, new long[] {offset}));
    }

    private static int floorOf(DataSegment... segments) {
        DataSection.Builder data = DataSection.builder();
        for (DataSegment segment : segments) {
            data.addDataSegment(segment);
        }
        WasmModule module = WasmModule.builder().setDataSection(data.build()).withValidation(false).build();
        return new PreparedModule("data.wasm", module).staticDataFloor();
    }
}
