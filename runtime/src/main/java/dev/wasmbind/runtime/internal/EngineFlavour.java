package dev.wasmbind.runtime.internal;

import com.dylibso.chicory.runtime.Instance;
import java.util.Locale;

/**
 * The WebAssembly engines wasmbind is built for, and all that differs between them beyond their names. The sources
 * name Chicory's classes; {@code wasmbind-runtime-endive} and {@code wasmbind-processor-endive} are the same classes
 * with Chicory's names relocated to Endive's when their jars are built, so what relocation cannot change is decided
 * here, from {@link #CURRENT}.
 */
public enum EngineFlavour {
    // Chicory's package is spelt in pieces: building the Endive flavour rewrites every string that names a Chicory
    // package, and this one must keep naming Chicory's
    /** Chicory 1.7.5, the default. */
    CHICORY("Chicory", String.join(".", "com", "dylibso", "chicory"), ""),
    /** Endive 1.0.0, Chicory's continuation under the Bytecode Alliance. */
    ENDIVE("Endive", "run.endive", "-endive");

    /** The engine this build runs guests on. */
    public static final EngineFlavour CURRENT =
            Instance.class.getName().equals(ENDIVE.instanceClass()) ? ENDIVE : CHICORY;

    private final String engineName;
    private final String enginePackage;
    private final String artifactSuffix;

    EngineFlavour(String engineName, String enginePackage, String artifactSuffix) {
        this.engineName = engineName;
        this.enginePackage = enginePackage;
        this.artifactSuffix = artifactSuffix;
    }

    /** How messages name the engine: {@code Chicory}, {@code Endive}. */
    public String engineName() {
        return engineName;
    }

    /** The package all of the engine's classes are under: {@code com.dylibso.chicory}, {@code run.endive}. */
    public String enginePackage() {
        return enginePackage;
    }

    /** The engine's instance class, which is on a class path exactly when the engine is. */
    public String instanceClass() {
        return enginePackage + ".runtime.Instance";
    }

    /** wasmbind's runtime artifact of this flavour: {@code wasmbind-runtime}, {@code wasmbind-runtime-endive}. */
    public String runtimeArtifact() {
        return "wasmbind-runtime" + artifactSuffix;
    }

    /** wasmbind's processor artifact of this flavour. */
    public String processorArtifact() {
        return "wasmbind-processor" + artifactSuffix;
    }

    /** How the processor option {@code wasmbind.flavour} spells it: {@code chicory}, {@code endive}. */
    public String optionValue() {
        return name().toLowerCase(Locale.ROOT);
    }
}
