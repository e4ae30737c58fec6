package dev.podium.world.kube;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.world.kube.event.ClusterActionApplied;
import dev.podium.world.kube.config.ConfigSync;
import dev.podium.world.kube.spec.ConfigMapManifest;
import dev.podium.world.kube.spec.ConfigUse;
import dev.podium.world.kube.spec.ObjectMeta;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The updateConfigMap action: a new version at the action's time, announced by key and size only. */
class ConfigMapUpdateTest {
    private static final long S = 1_000_000_000L;

    private static Run run() {
        return new Run(List.of(new ConfigMapManifest(new ObjectMeta("default", "app-config", Map.of()),
                Map.of("color", "blue"), Map.of())));
    }

    @Test
    void updateMakesANewVersionAndNamesKeyAndSizeButNotTheValue() {
        Run run = run();
        run.runFor(30 * S);
        assertEquals(2, run.cluster.updateConfigMap("app-config", "color", "green"));
        ClusterActionApplied applied = run.of(ClusterActionApplied.class).get(0);
        assertEquals("updateConfigMap", applied.action());
        assertEquals("default/app-config", applied.target());
        assertEquals("v2: color (5 B)", applied.detail());
        assertEquals(List.of(30 * S), run.cluster.configMapUpdates("app-config"));
        long refresh = new ConfigSync(1).volumeRefreshNanos("default/web-1", 30 * S);
        assertEquals(2, new ConfigSync(1).versionHeld(ConfigUse.VOLUME, "default/web-1",
                run.cluster.configMapUpdates("app-config"), 0, refresh));
    }

    @Test
    void anUnknownConfigMapIsRefusedNamingWhatExists() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> run().cluster.updateConfigMap("settings", "k", "v"));
        assertTrue(e.getMessage().contains("no ConfigMap default/settings; the manifests have default/app-config"),
                e::getMessage);
    }
}
