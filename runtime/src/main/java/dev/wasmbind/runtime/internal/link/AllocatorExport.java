package dev.wasmbind.runtime.internal.link;

import com.dylibso.chicory.wasm.types.FunctionType;
import com.dylibso.chicory.wasm.types.ValType;
import dev.wasmbind.runtime.internal.Allocator;
import java.util.ArrayList;
import java.util.List;

/** A guest allocator export that calls rely on, with the type the runtime calls it with. */
public enum AllocatorExport {
    MALLOC("malloc", FunctionType.of(List.of(ValType.I32), List.of(ValType.I32)),
            "to copy its arguments or return area into guest memory"),
    FREE("free", FunctionType.of(List.of(ValType.I32), List.of()), "to release the memory it allocates");

    private final String exportName;
    private final FunctionType type;
    private final String purpose;

    AllocatorExport(String exportName, FunctionType type, String purpose) {
        this.exportName = exportName;
        this.type = type;
        this.purpose = purpose;
    }

    public String exportName() {
        return exportName;
    }

    public FunctionType type() {
        return type;
    }

    /** Why a call needs it, completing "needs the guest's `malloc` export ...". */
    String purpose() {
        return purpose;
    }

    /** The exports a call with these needs relies on, malloc first. */
    static List<AllocatorExport> neededBy(Allocator allocator) {
        List<AllocatorExport> needed = new ArrayList<>(2);
        if (allocator.needsMalloc()) {
            needed.add(MALLOC);
        }
        if (allocator.needsFree()) {
            needed.add(FREE);
        }
        return needed;
    }
}
