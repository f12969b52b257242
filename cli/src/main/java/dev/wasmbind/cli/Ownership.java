package dev.wasmbind.cli;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who frees a result, as far as the Go source shows: memory from {@code C.malloc} (or {@code malloc}) on the way
 * from an exported function is the host's to free. The search follows calls into the other functions of the
 * sources; a function that also calls {@code free} leaves the question open, since the result may not be the
 * block it allocated.
 */
final class Ownership {
    private static final Pattern MALLOC = Pattern.compile("(?<![\\w.])(C\\.)?malloc\\s*\\(");
    private static final Pattern FREE = Pattern.compile("(?<![\\w.])(C\\.)?free\\s*\\(");
    private static final Pattern CALL = Pattern.compile("(?<![\\w.])([A-Za-z_][A-Za-z0-9_]*)\\s*\\(");

    /** What the source shows; {@code path} runs from the exported function to the allocator call. */
    sealed interface Evidence {}

    /** Nothing on the way calls {@code malloc}. */
    record GuestOwned() implements Evidence {}

    /** A function on the way calls {@code malloc} and no {@code free}. */
    record HostFrees(List<String> path) implements Evidence {}

    /** A function on the way calls both {@code malloc} and {@code free}. */
    record Unclear(List<String> path) implements Evidence {}

    private Ownership() {}

    /** The evidence for the result of {@code function}, given the sources' functions by name. */
    static Evidence of(GoFunction function, Map<String, GoFunction> functions) {
        return search(function, functions, new HashSet<>()).orElse(new GuestOwned());
    }

    private static Optional<Evidence> search(GoFunction function, Map<String, GoFunction> functions, Set<String> seen) {
        if (!seen.add(function.name()) || function.body().isEmpty()) {
            return Optional.empty();
        }
        String body = function.body().get();
        Matcher malloc = MALLOC.matcher(body);
        if (malloc.find()) {
            List<String> path = List.of(function.name(), malloc.group().replaceAll("[\\s(]", ""));
            return Optional.of(FREE.matcher(body).find() ? new Unclear(path) : new HostFrees(path));
        }
        Matcher call = CALL.matcher(body);
        while (call.find()) {
            GoFunction callee = functions.get(call.group(1));
            if (callee == null) {
                continue;
            }
            Optional<Evidence> found = search(callee, functions, seen);
            if (found.isPresent()) {
                return found.map(evidence -> through(function.name(), evidence));
            }
        }
        return Optional.empty();
    }

    private static Evidence through(String caller, Evidence evidence) {
        if (evidence instanceof HostFrees hostFrees) {
            return new HostFrees(prepend(caller, hostFrees.path()));
        }
        return new Unclear(prepend(caller, ((Unclear) evidence).path()));
    }

    private static List<String> prepend(String caller, List<String> path) {
        List<String> longer = new ArrayList<>();
        longer.add(caller);
        longer.addAll(path);
        return longer;
    }

    /** {@code `_greeting` calls `stringToLeakedPtr`, which calls `C.malloc`}. */
    static String describe(List<String> path) {
        StringBuilder text = new StringBuilder("`" + path.get(0) + "` calls `" + path.get(1) + "`");
        for (String callee : path.subList(2, path.size())) {
            text.append(", which calls `").append(callee).append('`');
        }
        return text.toString();
    }
}
