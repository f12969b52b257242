package dev.wasmbind.runtime.internal.link;

import com.dylibso.chicory.wasm.types.FunctionType;
import dev.wasmbind.runtime.internal.AllocatorConvention;
import dev.wasmbind.runtime.internal.AllocatorNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Tells a module's allocator convention from its function exports, by name and wasm type: the processor when it
 * sees the module, the runtime when the module loads, the drafting command to leave the allocator out of a draft.
 */
public final class AllocatorRecognition {
    /**
     * Allocator exports that are no convention of their own but that C, TinyGo and Zig runtimes export beside one:
     * the binding never calls them, and a draft leaves them out.
     */
    private static final Set<String> OTHER_ALLOCATOR_EXPORTS =
            Set.of("calloc", "realloc", "posix_memalign", "aligned_alloc", "malloc_usable_size");

    private AllocatorRecognition() {}

    /** What the exports tell: one convention, several that fit equally, or a declaration that does not fit. */
    public sealed interface Result {
        /** The convention to call; {@link AllocatorConvention.None} where none can be told. */
        AllocatorConvention convention();
    }

    /** The convention the module follows; {@link AllocatorConvention.None} when it exports no known allocator. */
    public record Recognised(AllocatorConvention convention) implements Result {}

    /** Several conventions fit, and which one the exports use cannot be told. */
    public record Ambiguous(List<AllocatorConvention> fitting) implements Result {
        public Ambiguous {
            fitting = List.copyOf(fitting);
        }

        @Override
        public AllocatorConvention convention() {
            return new AllocatorConvention.None();
        }
    }

    /** The allocator {@code @AllocatorExports} names does not fit the module, as the message says. */
    public record Invalid(Message problem) implements Result {
        @Override
        public AllocatorConvention convention() {
            return new AllocatorConvention.None();
        }
    }

    /**
     * The known convention the exports fit. The {@code malloc}/{@code free} pair that C and TinyGo runtimes export
     * anyway gives way to any other that fits; two others that fit are ambiguous.
     */
    public static Result recognise(Map<String, FunctionType> functionExports) {
        List<AllocatorConvention> fitting = new ArrayList<>();
        for (AllocatorConvention convention : AllocatorConvention.KNOWN) {
            if (fits(convention, functionExports)) {
                fitting.add(convention);
            }
        }
        if (fitting.size() > 1) {
            fitting.remove(AllocatorConvention.LIBC);
        }
        if (fitting.isEmpty()) {
            return new Recognised(new AllocatorConvention.None());
        }
        return fitting.size() == 1 ? new Recognised(fitting.get(0)) : new Ambiguous(fitting);
    }

    /** The convention of the exports {@code declared} names, told by their types. */
    public static Result resolve(Map<String, FunctionType> functionExports, AllocatorNames declared, String moduleName) {
        FunctionType allocate = functionExports.get(declared.allocate());
        if (allocate == null) {
            return new Invalid(LinkMessages.declaredAllocatorMissing(
                    moduleName, declared.allocate(), lookalikes(functionExports)));
        }
        if (allocate.typesMatch(AllocatorConvention.REALLOC)) {
            return declared.free().isEmpty()
                    ? new Recognised(new AllocatorConvention.CanonicalAbi(declared.allocate()))
                    : new Invalid(LinkMessages.declaredFreeBesideRealloc(moduleName, declared));
        }
        if (!allocate.typesMatch(AllocatorConvention.ALLOCATE)) {
            return new Invalid(LinkMessages.declaredAllocatorType(moduleName, declared.allocate(), allocate, true));
        }
        if (declared.free().isEmpty()) {
            return new Invalid(LinkMessages.declaredFreeMissing(moduleName, declared.allocate()));
        }
        FunctionType free = functionExports.get(declared.free());
        if (free == null) {
            return new Invalid(LinkMessages.declaredAllocatorMissing(
                    moduleName, declared.free(), lookalikes(functionExports)));
        }
        if (free.typesMatch(AllocatorConvention.UNSIZED_FREE)) {
            return new Recognised(new AllocatorConvention.Unsized(declared.allocate(), declared.free()));
        }
        if (free.typesMatch(AllocatorConvention.SIZED_FREE)) {
            return new Recognised(new AllocatorConvention.Sized(declared.allocate(), declared.free()));
        }
        return new Invalid(LinkMessages.declaredAllocatorType(moduleName, declared.free(), free, false));
    }

    /**
     * Whether an export belongs to the guest's allocator rather than to its API: every known convention's exports,
     * the canonical ABI's post-return functions, and the other allocator functions C runtimes export.
     */
    public static boolean isAllocatorExport(String name) {
        if (name.isEmpty()) {
            return false;
        }
        if (OTHER_ALLOCATOR_EXPORTS.contains(name) || name.startsWith(AllocatorConvention.POST_RETURN_PREFIX)) {
            return true;
        }
        for (AllocatorConvention convention : AllocatorConvention.KNOWN) {
            if (AllocatorNames.of(convention).map(names -> names.allocate().equals(name) || names.free().equals(name))
                    .orElse(false)) {
                return true;
            }
        }
        return false;
    }

    /** The exports whose names suggest an allocator, for messages: by name, as the map keeps no order. */
    static List<String> lookalikes(Map<String, FunctionType> functionExports) {
        List<String> found = new ArrayList<>();
        functionExports.forEach((name, type) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.contains("alloc") || lower.contains("free")) {
                found.add(name);
            }
        });
        found.sort(null);
        return found;
    }

    private static boolean fits(AllocatorConvention convention, Map<String, FunctionType> exports) {
        if (convention instanceof AllocatorConvention.Unsized unsized) {
            return has(exports, unsized.allocate(), AllocatorConvention.ALLOCATE)
                    && has(exports, unsized.free(), AllocatorConvention.UNSIZED_FREE);
        }
        if (convention instanceof AllocatorConvention.Sized sized) {
            return has(exports, sized.allocate(), AllocatorConvention.ALLOCATE)
                    && has(exports, sized.free(), AllocatorConvention.SIZED_FREE);
        }
        return convention instanceof AllocatorConvention.CanonicalAbi canonical
                && has(exports, canonical.realloc(), AllocatorConvention.REALLOC);
    }

    private static boolean has(Map<String, FunctionType> exports, String name, FunctionType type) {
        FunctionType actual = exports.get(name);
        return actual != null && actual.typesMatch(type);
    }
}
