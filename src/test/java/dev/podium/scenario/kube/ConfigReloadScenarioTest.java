package dev.podium.scenario.kube;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.scenario.ScenarioLoader;
import dev.podium.scenario.ScenarioRun;
import dev.podium.timeline.WorldEvent;
import dev.podium.world.kube.config.ConfigMountView;
import dev.podium.world.kube.config.ConfigSync;
import dev.podium.world.kube.config.event.ConfigLoaded;
import dev.podium.world.kube.config.event.ConfigMapUpdated;
import dev.podium.world.kube.config.event.ConfigVolumeRefreshed;
import dev.podium.world.kube.spec.ConfigUse;
import dev.podium.world.kube.state.KubeProjection;
import dev.podium.world.kube.state.KubeState;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Pods that take a ConfigMap as a volume, as env and through a subPath: an update reaches the volume at each pod's
 * next kubelet sync and nothing else until the container restarts.
 */
class ConfigReloadScenarioTest {
    private static final long S = 1_000_000_000L;

    static final String SCENARIO = """
            podium: 1
            name: c
            worlds: [kube]
            seed: 5
            duration: 4m
            manifests: |
              apiVersion: v1
              kind: Node
              metadata: {name: node-1}
              status: {allocatable: {cpu: "4", memory: 8Gi}}
              ---
              apiVersion: v1
              kind: ConfigMap
              metadata: {name: app-config}
              data: {color: blue, app.properties: "mode=calm"}
              ---
              apiVersion: apps/v1
              kind: Deployment
              metadata: {name: web}
              spec:
                replicas: 2
                selector: {matchLabels: {app: web}}
                template:
                  metadata: {labels: {app: web}}
                  spec:
                    volumes:
                      - {name: config, configMap: {name: app-config}}
                      - {name: scratch, emptyDir: {}}
                    containers:
                      - name: app
                        image: example/web:1
                        env:
                          - {name: COLOR, valueFrom: {configMapKeyRef: {name: app-config, key: color}}}
                          - {name: PLAIN, value: "x"}
                        volumeMounts:
                          - {name: config, mountPath: /etc/app}
                          - {name: config, mountPath: /etc/app.properties, subPath: app.properties}
                          - {name: scratch, mountPath: /tmp}
            actions:
              - {at: 60s, do: updateConfigMap, target: app-config, key: color, value: green}
              - {at: 180s, do: crashContainer, target: "web-*", container: app}
            """;

    private static ScenarioRun run() throws Exception {
        return run(SCENARIO);
    }

    /** {@code yaml} run to its end, which must have no action problems. */
    static ScenarioRun run(String yaml) throws Exception {
        ScenarioRun run = ScenarioRun.start(ScenarioLoader.parse("c.yaml", yaml));
        run.runToEnd();
        assertEquals(List.of(), run.actionProblems());
        return run;
    }

    static <T> List<T> of(ScenarioRun run, Class<T> type) {
        return run.timeline().events().stream().filter(type::isInstance).map(type::cast).toList();
    }

    private static KubeState stateAt(ScenarioRun run, long nanos) {
        KubeProjection projection = new KubeProjection();
        KubeState state = projection.initial();
        for (WorldEvent e : run.timeline().events()) {
            if (e.timeNanos() > nanos) {
                break;
            }
            projection.apply(state, e);
        }
        return state;
    }

    @Test
    void eachCreatedContainerLoadsItsVolumeEnvAndSubPathAtVersionOne() throws Exception {
        List<ConfigLoaded> loaded = of(run(), ConfigLoaded.class).stream().filter(l -> l.timeNanos() < 60 * S)
                .toList();
        assertEquals(6, loaded.size(), loaded::toString);
        assertEquals(List.of("VOLUME /etc/app", "SUB_PATH /etc/app.properties", "ENV COLOR"), loaded.stream()
                .limit(3).map(l -> l.use() + " " + l.target()).toList());
        assertTrue(loaded.stream().allMatch(l -> l.version() == 1 && l.object().equals("ConfigMap app-config")));
    }

    @Test
    void theUpdateReachesEachPodsVolumeAtItsNextSyncAndNeverItsEnvOrSubPath() throws Exception {
        ScenarioRun run = run();
        ConfigMapUpdated update = of(run, ConfigMapUpdated.class).get(0);
        assertEquals(new ConfigMapUpdated(60 * S, "default/app-config", 2, "color", 5), update);
        List<ConfigVolumeRefreshed> refreshed = of(run, ConfigVolumeRefreshed.class);
        assertEquals(2, refreshed.size(), refreshed::toString);
        ConfigSync sync = new ConfigSync(5);
        for (ConfigVolumeRefreshed r : refreshed) {
            assertEquals(sync.volumeRefreshNanos(r.pod(), 60 * S), r.timeNanos(), r::toString);
            assertTrue(r.waitedNanos() >= 0 && r.waitedNanos() <= ConfigSync.SYNC_FREQUENCY_NANOS, r::toString);
            assertEquals(2, r.version());
        }
        KubeState before = stateAt(run, 179 * S);
        for (ConfigVolumeRefreshed r : refreshed) {
            Map<ConfigUse, ConfigMountView> byUse = byUse(before.config().mounts(r.pod()));
            assertEquals(2, byUse.get(ConfigUse.VOLUME).version());
            assertFalse(byUse.get(ConfigUse.VOLUME).stale());
            assertEquals(1, byUse.get(ConfigUse.ENV).version());
            assertTrue(byUse.get(ConfigUse.ENV).needsRestart());
            assertEquals(1, byUse.get(ConfigUse.SUB_PATH).version());
            assertTrue(byUse.get(ConfigUse.SUB_PATH).needsRestart());
        }
    }

    @Test
    void aRestartedContainerReadsTheNewVersionIntoEnvAndSubPath() throws Exception {
        ScenarioRun run = run();
        List<ConfigLoaded> reloaded = of(run, ConfigLoaded.class).stream().filter(l -> l.timeNanos() >= 180 * S)
                .toList();
        assertEquals(6, reloaded.size(), reloaded::toString);
        assertTrue(reloaded.stream().allMatch(l -> l.version() == 2), reloaded::toString);
        KubeState after = stateAt(run, 240 * S);
        for (ConfigLoaded l : reloaded) {
            assertTrue(after.config().mounts(l.pod()).stream().noneMatch(ConfigMountView::stale));
        }
    }

    private static Map<ConfigUse, ConfigMountView> byUse(List<ConfigMountView> mounts) {
        Map<ConfigUse, ConfigMountView> out = new TreeMap<>();
        mounts.forEach(m -> out.put(m.use(), m));
        return out;
    }
}
