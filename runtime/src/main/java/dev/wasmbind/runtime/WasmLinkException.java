package dev.wasmbind.runtime;

import dev.wasmbind.runtime.internal.link.LinkMessages;
import dev.wasmbind.runtime.internal.link.LinkProblem;
import java.util.List;
import java.util.stream.Collectors;

/** The module does not match the binding; thrown when the binding loads, before any call. */
public final class WasmLinkException extends WasmBindException {
    private static final long serialVersionUID = 1L;

    private final transient List<LinkProblem> problems;

    public WasmLinkException(String interfaceName, List<LinkProblem> problems) {
        super(problems.stream()
                .map(problem -> problem.message().text())
                .collect(Collectors.joining("\n  ", LinkMessages.heading(interfaceName, problems) + "\n  ", "")));
        this.problems = List.copyOf(problems);
    }

    public List<LinkProblem> problems() {
        return problems;
    }
}
