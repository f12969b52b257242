package dev.wasmbind.processor;

import com.squareup.javapoet.ClassName;
import java.util.Map;
import java.util.Optional;

/**
 * The machine Chicory's build-time compiler made of the module a binding names, as the binding refers to it.
 *
 * @param machine the class whose constructor makes the machine of an instance
 * @param metaResource the class output resource with the module less its function bodies
 * @param moduleSha256 the SHA-256 of the module compiled, so that the runtime uses the machine for it alone
 * @param directFunctions by export name, the machine's static method for each export the binding may call
 *     directly: one the compiler made with the types the binding declares
 */
record BuildTimeMachineModel(
        ClassName machine, String metaResource, String moduleSha256, Map<String, DirectFunction> directFunctions) {

    public BuildTimeMachineModel {
        directFunctions = Map.copyOf(directFunctions);
    }

    /** The static method to call for this export directly, or empty where the binding calls through Chicory. */
    public Optional<DirectFunction> directFunction(String exportName) {
        return Optional.ofNullable(directFunctions.get(exportName));
    }
}
