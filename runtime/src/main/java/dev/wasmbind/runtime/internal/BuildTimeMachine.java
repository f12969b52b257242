package dev.wasmbind.runtime.internal;

import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Machine;
import com.dylibso.chicory.wasm.WasmModule;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Function;

/**
 * The machine that Chicory's build-time compiler made of a binding's module while the processor compiled the
 * binding: its classes are in the user's jar, so no bytecode is generated when the binding loads. It serves only
 * the very module it was compiled from, which the SHA-256 of the module's bytes identifies.
 *
 * @param moduleSha256 the SHA-256 of the module the machine was compiled from, as {@link #sha256} gives it
 * @param metaResource the class path resource with that module's sections less its function bodies, which the
 *     machine does not need: quicker to parse than the whole module. Beside it, {@link #DIGEST_SUFFIX} appended to
 *     its name, the build records its SHA-256, so that a damaged or mixed-up stripped module is never run.
 * @param factory the machine of each new instance
 */
public record BuildTimeMachine(String moduleSha256, String metaResource, Function<Instance, Machine> factory) {
    /** What the resource with the stripped module's SHA-256 appends to the stripped module's name. */
    public static final String DIGEST_SUFFIX = ".sha256";

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
     * The module for this machine's instances when it was {@link #compiledFrom} {@code wasm}, or empty when it was
     * not. The whole module is hashed on a thread of its own while {@link #module} reads, checks and parses the
     * stripped one: in a fresh JVM the two take about as long, and a second core does one of them. The stripped
     * module parsed for nothing, when the bytes are another module's, is a rare waste; a wrong machine never runs.
     *
     * @param bindingClass the generated binding class, whose class loader has the stripped module
     * @param name how messages name the module
     */
    public Optional<WasmModule> moduleIfCompiledFrom(Class<?> bindingClass, byte[] wasm, String name) {
        FutureTask<Boolean> digest = new FutureTask<>(() -> compiledFrom(wasm));
        Thread hashing = new Thread(digest, "wasmbind module digest");
        hashing.setDaemon(true);
        hashing.start();
        WasmModule module = module(bindingClass, wasm, name);
        return awaitUninterruptibly(digest) ? Optional.of(module) : Optional.empty();
    }

    /** The digest's verdict; an interrupt meanwhile is kept for the caller's next blocking call. */
    private static boolean awaitUninterruptibly(FutureTask<Boolean> digest) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return digest.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    // hashing throws nothing but an Error such as OutOfMemoryError
                    if (e.getCause() instanceof Error error) {
                        throw error;
                    }
                    throw new IllegalStateException(e.getCause());
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * The module for this machine's instances, which must be {@link #compiledFrom} {@code wasm}: the stripped
     * module from beside the binding class when its SHA-256 is the one the build recorded beside it, or else
     * {@code wasm} itself: quietly where the build left the stripped module out, with a logged warning where it is
     * there but cannot be read or checked, or is not what the build wrote.
     *
     * @param bindingClass the generated binding class, whose class loader has the stripped module
     * @param name how messages name the module
     */
    public WasmModule module(Class<?> bindingClass, byte[] wasm, String name) {
        ClassLoader loader = bindingClass.getClassLoader();
        byte[] stripped;
        byte[] recorded;
        try {
            stripped = read(loader, metaResource);
            if (stripped == null) {
                return Modules.parse(wasm, name);
            }
            recorded = read(loader, metaResource + DIGEST_SUFFIX);
        } catch (IOException e) {
            return whole(wasm, name, CallMessages.strippedModuleUnverifiable(metaResource, name, String.valueOf(e)));
        }
        if (recorded == null) {
            return whole(wasm, name, CallMessages.strippedModuleUnverifiable(metaResource, name,
                    "`" + metaResource + DIGEST_SUFFIX + "` is missing"));
        }
        if (!sha256(stripped).equals(new String(recorded, StandardCharsets.US_ASCII).strip())) {
            return whole(wasm, name, CallMessages.strippedModuleMismatch(metaResource, name));
        }
        return Modules.parseValidatedAtBuildTime(stripped, name);
    }

    /** The whole module, with a warning why the stripped one was not taken. */
    private static WasmModule whole(byte[] wasm, String name, String warning) {
        // looked up only here: the first System.getLogger starts java.util.logging, tens of ms at start-up
        System.getLogger(BuildTimeMachine.class.getName()).log(System.Logger.Level.WARNING, warning);
        return Modules.parse(wasm, name);
    }

    /** The resource's bytes, or {@code null} when there is no such resource. */
    private static byte[] read(ClassLoader loader, String resource) throws IOException {
        try (InputStream in = loader == null ? null : loader.getResourceAsStream(resource)) {
            return in == null ? null : in.readAllBytes();
        }
    }
}
