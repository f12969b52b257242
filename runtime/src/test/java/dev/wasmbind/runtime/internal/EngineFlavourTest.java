package dev.wasmbind.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.dylibso.chicory.runtime.Instance;
import org.junit.jupiter.api.Test;

/**
 * The flavours' names. This module is the Chicory flavour; the Endive flavour's own test
 * ({@code EndiveFlavourTest} in endive/example) checks that its build knows itself as Endive.
 */
class EngineFlavourTest {

    @Test
    void thisBuildIsChicory() {
        assertThat(EngineFlavour.CURRENT).isEqualTo(EngineFlavour.CHICORY);
        assertThat(EngineFlavour.CHICORY.instanceClass()).isEqualTo(Instance.class.getName());
    }

    @Test
    void namesTheEnginePackagesArtifactsAndOptionValues() {
        assertThat(EngineFlavour.CHICORY.enginePackage()).isEqualTo("com.dylibso.chicory");
        assertThat(EngineFlavour.ENDIVE.enginePackage()).isEqualTo("run.endive");
        assertThat(EngineFlavour.ENDIVE.instanceClass()).isEqualTo("run.endive.runtime.Instance");
        assertThat(EngineFlavour.CHICORY.engineName()).isEqualTo("Chicory");
        assertThat(EngineFlavour.ENDIVE.engineName()).isEqualTo("Endive");
        assertThat(EngineFlavour.CHICORY.runtimeArtifact()).isEqualTo("wasmbind-runtime");
        assertThat(EngineFlavour.ENDIVE.runtimeArtifact()).isEqualTo("wasmbind-runtime-endive");
        assertThat(EngineFlavour.CHICORY.processorArtifact()).isEqualTo("wasmbind-processor");
        assertThat(EngineFlavour.ENDIVE.processorArtifact()).isEqualTo("wasmbind-processor-endive");
        assertThat(EngineFlavour.CHICORY.optionValue()).isEqualTo("chicory");
        assertThat(EngineFlavour.ENDIVE.optionValue()).isEqualTo("endive");
    }
}
