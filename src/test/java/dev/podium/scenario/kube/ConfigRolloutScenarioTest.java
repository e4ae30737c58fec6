package dev.podium.scenario.kube;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.scenario.ScenarioRun;
import dev.podium.world.kube.config.event.ConfigLoaded;
import dev.podium.world.kube.config.event.ConfigRollout;
import dev.podium.world.kube.event.PodCreated;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The two fixes: a checksum/config annotation written with the update, and the Reloader; both roll new pods. */
class ConfigRolloutScenarioTest {
    private static final long S = 1_000_000_000L;

    private static ScenarioRun run(String deploymentAnnotations, String action) throws Exception {
        String yaml = ConfigReloadScenarioTest.SCENARIO
                .replace("  metadata: {name: web}\n", "  metadata: {name: web" + deploymentAnnotations + "}\n")
                .replace("  - {at: 180s, do: crashContainer, target: \"web-*\", container: app}\n", "")
                .replace("  - {at: 60s, do: updateConfigMap, target: app-config, key: color, value: green}", action);
        return ConfigReloadScenarioTest.run(yaml);
    }

    private static <T> List<T> of(ScenarioRun run, Class<T> type) {
        return ConfigReloadScenarioTest.of(run, type);
    }

    private static void newPodsReadVersionTwoIntoEnv(ScenarioRun run, long after) {
        List<String> newPods = of(run, PodCreated.class).stream().filter(p -> p.timeNanos() > after)
                .map(PodCreated::pod).toList();
        assertEquals(2, newPods.size(), newPods::toString);
        List<ConfigLoaded> env = of(run, ConfigLoaded.class).stream()
                .filter(l -> newPods.contains(l.pod()) && l.use().equals("ENV")).toList();
        assertEquals(2, env.size(), env::toString);
        assertTrue(env.stream().allMatch(l -> l.version() == 2), env::toString);
    }

    @Test
    void theChecksumAnnotationRollsTheDeploymentWithTheUpdate() throws Exception {
        ScenarioRun run = run("", "  - {at: 60s, do: updateConfigMap, target: app-config, key: color, value: green, "
                + "rollout: web}");
        assertEquals(List.of(new ConfigRollout(60 * S, "default/web", "default/app-config", 2, false)),
                of(run, ConfigRollout.class));
        newPodsReadVersionTwoIntoEnv(run, 60 * S);
    }

    @Test
    void theReloaderRollsAnAnnotatedDeploymentOneWatchDelayLater() throws Exception {
        ScenarioRun run = run(", annotations: {reloader.stakater.com/auto: \"true\"}",
                "  - {at: 60s, do: updateConfigMap, target: app-config, key: color, value: green}");
        List<ConfigRollout> rollouts = of(run, ConfigRollout.class);
        assertEquals(1, rollouts.size(), rollouts::toString);
        assertTrue(rollouts.get(0).reloader() && rollouts.get(0).timeNanos() > 60 * S, rollouts::toString);
        newPodsReadVersionTwoIntoEnv(run, 60 * S);
    }

    @Test
    void withoutEitherFixNoPodIsReplaced() throws Exception {
        ScenarioRun run = run("", "  - {at: 60s, do: updateConfigMap, target: app-config, key: color, value: green}");
        assertEquals(List.of(), of(run, ConfigRollout.class));
        assertEquals(0, of(run, PodCreated.class).stream().filter(p -> p.timeNanos() > 60 * S).count());
    }
}
