package dev.wasmbind.processor.model;

import com.squareup.javapoet.ClassName;

/**
 * The machine Chicory's build-time compiler made of the module a binding names, as the binding refers to it.
 *
 * @param machine the class whose constructor makes the machine of an instance
 * @param metaResource the class output resource with the module less its function bodies
 * @param moduleSha256 the SHA-256 of the module compiled, so that the runtime uses the machine for it alone
 */
public record BuildTimeMachineModel(ClassName machine, String metaResource, String moduleSha256) {}
