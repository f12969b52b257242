package dev.wasmbind.runtime.internal;

import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Machine;
import com.dylibso.chicory.wasm.WasmModule;
import dev.wasmbind.runtime.WasmBindException;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.function.Function;

/**
 * The machine that Chicory's build-time compiler made of a binding's module while the processor compiled the
 * binding: its classes are in the user's jar, so no bytecode is generated when the binding loads. It serves only
 * the very module it was compiled from, which the SHA-256 of the module's bytes identifies.
 *
 * @param moduleSha256 the SHA-256 of the module the machine was compiled from, as {@link #sha256} gives it
 * @param metaResource the class path resource with that module's sections less its function bodies, which the
 *     machine does not need: quicker to parse than the whole module
 * @param factory the machine of each new instance
 */
public record BuildTimeMachine(String moduleSha256, String metaResource, Function<Instance, Machine> factory) {

    public BuildTimeMachine {
        Objects.requireNonNull(moduleSha256, "moduleSha256");
        Objects.requireNonNull(metaResource, "metaResource");
        Objects.requireNonNull(factory, "factory");
    }

    /** The SHA-256 of these bytes in lower-case hex; the processor records it, the runtime compares it. */
    public static String sha256(byte[] wasm) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(wasm));
        } catch (NoSuchAlgorithmException e) {
            // every Java platform has SHA-256
            throw new IllegalStateException(e);
        }
    }

    /** Whether the machine was compiled from exactly these bytes, so that it runs them faithfully. */
    public boolean compiledFrom(byte[] wasm) {
        return moduleSha256.equals(sha256(wasm));
    }

    /**
     * The module for this machine's instances, which must be {@link #compiledFrom} {@code wasm}: the stripped
     * module from beside the binding class, or {@code wasm} itself where the build left the stripped one out.
     *
     * @param bindingClass the generated binding class, whose class loader has the stripped module
     * @param name how messages name the module
     */
    public WasmModule module(Class<?> bindingClass, byte[] wasm, String name) {
        ClassLoader loader = bindingClass.getClassLoader();
        try (InputStream meta = loader == null ? null : loader.getResourceAsStream(metaResource)) {
            return meta == null
                    ? Modules.parse(wasm, name)
                    : Modules.parseValidatedAtBuildTime(meta.readAllBytes(), name);
        } catch (IOException e) {
            throw new WasmBindException("cannot read `" + metaResource + "` from the classpath of "
                    + bindingClass.getName() + ": " + e, e);
        }
    }
}
