package dev.wasmbind.runtime.internal;

import com.dylibso.chicory.runtime.HostFunction;
import com.dylibso.chicory.wasm.types.FunctionType;
import com.dylibso.chicory.wasm.types.ValType;
import java.util.ArrayList;
import java.util.List;

/**
 * How a module's import takes the values of a host method. A slice parameter declared without {@code @PtrLen}
 * lowers to {@code (ptr, len, cap)}, TinyGo's form; a module built from Rust, Zig or C passes it as {@code (ptr, len)}.
 * The adapter of a host interface is generated once and serves every module that imports from it, so the module
 * decides, per module, when it is linked: an import whose type is the declared one without some of the {@code cap}
 * slots takes those slices as {@code (ptr, len)}.
 */
public sealed interface ImportFit {
    /** Beyond this many ways to drop {@code cap} slots the import is taken as not fitting: no real import has that many. */
    int MAX_CHOICES = 1 << 10;

    /** The import has the declared type. */
    record Declared() implements ImportFit {}

    /** No choice of slices fits the import's type. */
    record Mismatch() implements ImportFit {}

    /**
     * Several choices of slices fit the import's type alike; the declaration has to say which.
     *
     * @param choices for each choice, the slices it takes as {@code (ptr, len)}, by Java name
     */
    record Ambiguous(List<List<String>> choices) implements ImportFit {
        public Ambiguous {
            choices = choices.stream().map(List::copyOf).toList();
        }
    }

    /**
     * The import takes the named slices as {@code (ptr, len)}. The guest's arguments are spread into the declared
     * slots, each missing {@code cap} given the slice's length (a slice made from a pointer and a length is full), so
     * that the generated adapter reads them where it always does.
     */
    final class WithoutCapacity implements ImportFit {
        private final List<String> slices;
        private final FunctionType type;
        /** For each declared slot, the guest's argument it comes from. */
        private final int[] sources;

        private WithoutCapacity(List<String> slices, FunctionType type, int[] sources) {
            this.slices = List.copyOf(slices);
            this.type = type;
            this.sources = sources;
        }

        /** The slices the import takes as {@code (ptr, len)}, by Java name. */
        public List<String> slices() {
            return slices;
        }

        /** The guest's arguments in the declared slots. */
        long[] spread(long[] args) {
            long[] declared = new long[sources.length];
            for (int slot = 0; slot < sources.length; slot++) {
                declared[slot] = args[sources[slot]];
            }
            return declared;
        }

        /** {@code declared}, the host function the adapter made for the declared type, serving the import's type. */
        public HostFunction serve(HostFunction declared) {
            return new HostFunction(declared.module(), declared.name(), type,
                    (instance, args) -> declared.handle().apply(instance, spread(args)));
        }
    }

    /** How the import of type {@code actual} takes the values of the method that lowers to {@code declared}. */
    static ImportFit of(WasmSignature declared, FunctionType actual) {
        if (declared.matches(actual)) {
            return new Declared();
        }
        List<Integer> capacities = new ArrayList<>();
        for (int slot = 0; slot < declared.params().size(); slot++) {
            if (declared.params().get(slot).isCapacity()) {
                capacities.add(slot);
            }
        }
        int dropped = declared.params().size() - actual.params().size();
        if (!declared.results().equals(actual.returns()) || dropped < 1 || dropped > capacities.size()
                || Combinations.count(capacities.size(), dropped, MAX_CHOICES) > MAX_CHOICES) {
            return new Mismatch();
        }
        List<List<Integer>> fitting = new ArrayList<>();
        for (List<Integer> choice : Combinations.choose(capacities, dropped)) {
            if (paramTypes(declared, choice).equals(actual.params())) {
                fitting.add(choice);
            }
        }
        if (fitting.isEmpty()) {
            return new Mismatch();
        }
        if (fitting.size() > 1) {
            return new Ambiguous(fitting.stream().map(choice -> sliceNames(declared, choice)).toList());
        }
        List<Integer> choice = fitting.get(0);
        return new WithoutCapacity(sliceNames(declared, choice), actual, sources(declared, choice));
    }

    /** The declared parameter types without the slots of {@code droppedSlots}. */
    private static List<ValType> paramTypes(WasmSignature declared, List<Integer> droppedSlots) {
        List<ValType> types = new ArrayList<>();
        for (int slot = 0; slot < declared.params().size(); slot++) {
            if (!droppedSlots.contains(slot)) {
                types.add(declared.params().get(slot).type());
            }
        }
        return types;
    }

    private static List<String> sliceNames(WasmSignature declared, List<Integer> droppedSlots) {
        return droppedSlots.stream().map(slot -> declared.params().get(slot).javaName()).toList();
    }

    /**
     * For each declared slot, the argument it is read from when {@code droppedSlots} are missing: its own, or for a
     * missing {@code cap} the length just before it.
     */
    private static int[] sources(WasmSignature declared, List<Integer> droppedSlots) {
        int[] sources = new int[declared.params().size()];
        int argument = 0;
        for (int slot = 0; slot < sources.length; slot++) {
            if (droppedSlots.contains(slot)) {
                sources[slot] = argument - 1;
            } else {
                sources[slot] = argument++;
            }
        }
        return sources;
    }
}
