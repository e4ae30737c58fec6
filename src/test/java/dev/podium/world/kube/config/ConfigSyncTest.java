package dev.podium.world.kube.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.world.kube.spec.ConfigUse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** ConfigMap/Secret updates: volumes after the pod's next sync, env and subPath never until a restart. */
class ConfigSyncTest {
    private static final long S = 1_000_000_000L;

    @Test
    void volumeSeesTheUpdateAtThePodsNextSyncWithinOneMinute() {
        ConfigSync sync = new ConfigSync(42);
        for (String pod : List.of("default/web-1", "default/web-2", "shop/api-7")) {
            long update = 125 * S;
            long refresh = sync.volumeRefreshNanos(pod, update);
            assertTrue(refresh > update && refresh <= update + ConfigSync.SYNC_FREQUENCY_NANOS, pod + " " + refresh);
            assertEquals(sync.phaseNanos(pod), refresh % ConfigSync.SYNC_FREQUENCY_NANOS);
        }
    }

    @Test
    void phaseIsRepeatableForASeedAndDiffersBetweenPods() {
        assertEquals(new ConfigSync(7).phaseNanos("default/web-1"), new ConfigSync(7).phaseNanos("default/web-1"));
        assertNotEquals(new ConfigSync(7).phaseNanos("default/web-1"), new ConfigSync(7).phaseNanos("default/web-2"));
        assertNotEquals(new ConfigSync(7).phaseNanos("default/web-1"), new ConfigSync(8).phaseNanos("default/web-1"));
    }

    @Test
    void onlyTheVolumeMovesToTheNewVersionAndARestartBringsItToEnvAndSubPath() {
        ConfigSync sync = new ConfigSync(3);
        String pod = "default/web-1";
        long update = 90 * S;
        long refresh = sync.volumeRefreshNanos(pod, update);
        List<Long> updates = List.of(update);
        assertEquals(1, sync.versionHeld(ConfigUse.VOLUME, pod, updates, 0, refresh - 1));
        assertEquals(2, sync.versionHeld(ConfigUse.VOLUME, pod, updates, 0, refresh));
        long muchLater = refresh + 3600 * S;
        assertEquals(1, sync.versionHeld(ConfigUse.ENV, pod, updates, 0, muchLater));
        assertEquals(1, sync.versionHeld(ConfigUse.SUB_PATH, pod, updates, 0, muchLater));
        long restarted = muchLater;
        assertEquals(2, sync.versionHeld(ConfigUse.ENV, pod, updates, restarted, restarted));
        assertEquals(2, sync.versionHeld(ConfigUse.SUB_PATH, pod, updates, restarted, restarted));
    }
}
