package dev.wasmbind.processor;

import dev.wasmbind.runtime.internal.EngineFlavour;
import dev.wasmbind.runtime.internal.link.Message;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.lang.model.util.Elements;

/**
 * Whether the compilation's class path holds the engine this processor generates code and build-time compiled
 * classes for ({@link EngineFlavour#CURRENT}): code for Chicory does not run on Endive, nor the other way round. A
 * class path without either engine passes: the generated code names what is missing.
 */
final class FlavourCheck {
    private FlavourCheck() {}

    /**
     * @param requested the flavour {@code -Awasmbind.flavour} asks for, which settles a class path with both engines
     * @return the problem, if the code this processor generates would not run on the class path
     */
    static Optional<Message> check(Elements elements, Optional<EngineFlavour> requested) {
        EngineFlavour own = EngineFlavour.CURRENT;
        if (requested.isPresent() && requested.get() != own) {
            return Optional.of(Messages.flavourNotServed(requested.get(), own));
        }
        List<EngineFlavour> others = Arrays.stream(EngineFlavour.values())
                .filter(flavour -> flavour != own && elements.getTypeElement(flavour.instanceClass()) != null)
                .toList();
        if (others.isEmpty()) {
            return Optional.empty();
        }
        EngineFlavour other = others.get(0);
        if (elements.getTypeElement(own.instanceClass()) == null) {
            return Optional.of(Messages.flavourMismatch(other, own));
        }
        return requested.isPresent() ? Optional.empty() : Optional.of(Messages.bothFlavours(own, other));
    }
}
