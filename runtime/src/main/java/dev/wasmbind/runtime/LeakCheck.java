package dev.wasmbind.runtime;

import dev.wasmbind.runtime.internal.BindingBuilder;
import dev.wasmbind.runtime.internal.Guest;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

/**
 * Tells whether a call leaves memory behind in the guest, for tests and development: it loads a fresh instance,
 * makes the call a number of times to warm up, then a number of times more, and reports whether the guest's memory
 * grew meanwhile and, when the guest exports a counter of its live allocations, whether that grew. A call whose
 * result the guest allocates for the caller leaks until the result is declared {@code @HostFrees}:
 *
 * <pre>{@code
 * LeakCheck.Report report = LeakCheck.of(() -> GreetWasm.builder().module(path).build())
 *         .run(guest -> guest.greeting("x".repeat(1024)));
 * assertThat(report.leaked()).as(report.toString()).isFalse();
 * }</pre>
 *
 * <p>Memory grows in 64 KiB pages and a guest's heap may grow for reasons of its own (a garbage-collected heap
 * grows until its first collections), hence the warm-up, and calls with results large enough that a few thousand
 * of them fill pages. A counter of live allocations (such as a {@code LiveAllocations} export of a counting
 * allocator) shows a leak of any size.
 *
 * @param <T> the generated binding class
 */
public final class LeakCheck<T extends AutoCloseable> {
    private final Supplier<T> load;
    private ToIntFunction<? super T> liveAllocations;
    private int warmUpCalls = 100;
    private int calls = 1000;

    private LeakCheck(Supplier<T> load) {
        this.load = load;
    }

    /**
     * A check on instances that {@code load} builds: a lambda that calls a generated {@code load()} or
     * {@code builder()...build()}, once per {@link #run}. The check closes the instance when done.
     */
    public static <T extends AutoCloseable> LeakCheck<T> of(Supplier<T> load) {
        return new LeakCheck<>(Objects.requireNonNull(load, "load"));
    }

    /** Also watches the guest's own count of live allocations, such as a binding method of a counting export. */
    public LeakCheck<T> liveAllocations(ToIntFunction<? super T> counter) {
        this.liveAllocations = Objects.requireNonNull(counter, "counter");
        return this;
    }

    /** How many calls run before the first measurement (default 100): a heap's growth of its own settles. */
    public LeakCheck<T> warmUpCalls(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("warmUpCalls(" + count + "): give zero or more calls");
        }
        this.warmUpCalls = count;
        return this;
    }

    /** How many calls run between the two measurements (default 1000). */
    public LeakCheck<T> calls(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("calls(" + count + "): give at least one call");
        }
        this.calls = count;
        return this;
    }

    /**
     * Loads an instance, runs {@code call} on it the warm-up calls and then the counted calls, and closes it.
     *
     * @throws IllegalArgumentException when the supplier did not build exactly one new instance on this thread (a
     *     pool, or an instance built earlier, cannot be measured)
     * @throws WasmBindException and the other exceptions a call throws, as the call threw them
     */
    public Report run(Consumer<? super T> call) {
        List<Guest> started = new ArrayList<>();
        T binding = load(started);
        try (binding) {
            if (started.size() != 1) {
                throw new IllegalArgumentException("LeakCheck.of(...) needs a supplier that builds one new instance "
                        + "with a generated load() or builder()...build(), but it started " + started.size()
                        + ": measure one instance rather than a pool, and build it inside the supplier");
            }
            Guest guest = started.get(0);
            repeat(call, binding, warmUpCalls);
            int pagesBefore = guest.memoryPages();
            OptionalInt liveBefore = countLive(binding);
            repeat(call, binding, calls);
            return new Report(calls, pagesBefore, guest.memoryPages(), liveBefore, countLive(binding));
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Exception e) {
            // close() of a generated binding throws no checked exception
            throw new WasmBindException("closing the instance failed", e);
        }
    }

    /** Loads an instance, collecting the guests started meanwhile. */
    private T load(List<Guest> started) {
        return Objects.requireNonNull(BindingBuilder.watchingStarts(load, started::add),
                "the supplier of LeakCheck.of(...) returned null");
    }

    private static <T> void repeat(Consumer<? super T> call, T binding, int times) {
        for (int i = 0; i < times; i++) {
            call.accept(binding);
        }
    }

    private OptionalInt countLive(T binding) {
        return liveAllocations == null ? OptionalInt.empty() : OptionalInt.of(liveAllocations.applyAsInt(binding));
    }

    /**
     * What a {@link LeakCheck} measured over its counted calls.
     *
     * @param calls how many calls ran between the measurements
     * @param pagesBefore the guest's memory in 64 KiB pages after the warm-up
     * @param pagesAfter the guest's memory after the counted calls
     * @param liveAllocationsBefore the guest's count of live allocations after the warm-up, if it was watched
     * @param liveAllocationsAfter the count after the counted calls, if it was watched
     */
    public record Report(int calls, int pagesBefore, int pagesAfter, OptionalInt liveAllocationsBefore,
            OptionalInt liveAllocationsAfter) {

        /** Whether the guest's memory grew over the counted calls. */
        public boolean memoryGrew() {
            return pagesAfter > pagesBefore;
        }

        /** Whether the watched count of live allocations grew over the counted calls; false when not watched. */
        public boolean liveAllocationsGrew() {
            return liveAllocationsBefore.isPresent()
                    && liveAllocationsAfter.getAsInt() > liveAllocationsBefore.getAsInt();
        }

        /** Whether the calls left memory behind: the memory or the live allocations grew. */
        public boolean leaked() {
            return memoryGrew() || liveAllocationsGrew();
        }

        /** What was measured, and when something grew, what to do about it. */
        @Override
        public String toString() {
            String live = liveAllocationsBefore.isPresent()
                    ? ", live allocations " + liveAllocationsBefore.getAsInt() + " -> " + liveAllocationsAfter.getAsInt()
                    : "";
            String measured = "over " + calls + " calls: guest memory " + pagesBefore + " -> " + pagesAfter
                    + " pages of 64 KiB" + live;
            if (!leaked()) {
                return "no leak " + measured;
            }
            return "leak " + measured + ": each call leaves memory allocated in the guest. If the call returns a "
                    + "String or an array that the guest allocated with malloc for the caller (a Go result made with "
                    + "C.malloc, such as wazero's allocation example from TinyGo 0.28.1 on), declare the method "
                    + "@HostFrees so that the binding frees it; otherwise the guest itself keeps what it allocates";
        }
    }
}
